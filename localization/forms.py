from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale


class SectionMachineTranslationForm(forms.Form):
    locales = forms.ModelMultipleChoiceField(
        label=_("Languages"),
        queryset=Locale.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    include_subpages = forms.BooleanField(label=_("Include every page below this one"), required=False, initial=True)

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].queryset = Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")
        self.fields["locales"].label_from_instance = lambda locale: locale.get_display_name()
