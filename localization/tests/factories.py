"""Translations made the way editors make them: through wagtail-localize, not copied by hand."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator


def send_for_translation(page, code, user=None):
    """What "Translate this page" does: a Translation record and a draft in ``code``."""
    locale = Locale.objects.get(language_code=code)
    TranslationCreator(user, [locale]).create_translations(page.specific, include_related_objects=False)
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=locale)
