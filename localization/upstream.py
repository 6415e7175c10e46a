"""Corrections to wagtail-localize 1.14, applied by ``LocalizationConfig.ready``. Each says what the
upstream code does and why Agora changes it; remove one when upstream does the same.

- ``StringTranslation.get_comment``: the translation editor's "Translated with … on <date>" formats
  the date with ``strftime``, so a French translator reads "le 7 December 2026". Here the date
  follows the admin's language ("le 7 décembre 2026"), through Django's localized formats. A segment
  filled from the translation memory says so ("From translation memory on …"), in that language too.
- The translation editor's heading, "English to Français translation", is a template literal in
  wagtail-localize's compiled JavaScript: ``templates/wagtail_localize/admin/edit_translation.html``
  gives its translation and ``static/localization/translation_editor.js`` puts it in place.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail_localize.models import StringTranslation

from localization.memory import MEMORY_TOOL_NAME


def localized_comment(translation):
    """The comment wagtail-localize shows beside a segment, with the date in the active language."""
    date = formats.date_format(timezone.localtime(translation.updated_at), "DATE_FORMAT")
    if translation.tool_name == MEMORY_TOOL_NAME:
        return _("From translation memory on {date}").format(date=date)
    if translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=translation.tool_name, date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def apply():
    StringTranslation.get_comment = localized_comment
