import json

from django import forms

from portal.profiles import StaffProfile


class StaffProfilesWidget(forms.CheckboxSelectMultiple):
    """Edits the JSON list of staff profiles as checkboxes."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=StaffProfile.choices)

    def format_value(self, value):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = []
        return super().format_value(value or [])

    def value_from_datadict(self, data, files, name):
        return json.dumps([v for v in data.getlist(name) if v in StaffProfile.values])
