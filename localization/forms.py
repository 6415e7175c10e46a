from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


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


class TMXImportForm(forms.Form):
    file = forms.FileField(
        label=_("TMX file"),
        help_text=_("TMX 1.4, from English into the site's languages; at most 5 MB."),
        error_messages={"required": _("Choose a TMX file."), "empty": _("The file is empty.")},
    )


class ApplySuggestionForm(forms.Form):
    segment = forms.IntegerField(min_value=1, max_value=2**31 - 1)
    unit = forms.IntegerField(min_value=1, max_value=2**31 - 1)


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """Chosen objects by id; an id that is not a positive 32-bit integer is refused before any query.

    A database cannot compare a 20-digit number with an integer column (SQLite raises OverflowError):
    found by localization/tests/test_admin_fuzz.py.
    """

    def _check_values(self, value):
        for item in value:
            text = str(item)
            if not text.isdigit() or not 0 < int(text) < 2**31:
                raise forms.ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value")
        return super()._check_values(value)


class TranslationBatchForm(forms.Form):
    """The status report's selection: source pages and the languages to send them to."""

    page = IdsChoiceField(
        queryset=Page.objects.none(),
        error_messages={
            "required": _("Tick at least one page."),
            "invalid_choice": _("One of the pages ticked does not exist or is not an English page."),
            "invalid_pk_value": _("One of the pages ticked does not exist or is not an English page."),
        },
    )
    locale = IdsChoiceField(
        queryset=Locale.objects.none(),
        error_messages={
            "required": _("Tick at least one language."),
            "invalid_choice": _("One of the languages ticked does not exist."),
            "invalid_pk_value": _("One of the languages ticked does not exist."),
        },
    )
    section = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = Page.objects.filter(locale=source_locale, depth__gt=1)
        self.fields["locale"].queryset = Locale.objects.exclude(pk=source_locale.pk)
