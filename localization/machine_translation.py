"""Machine-translate a page, or a whole section, into several languages in one action."""

from django.core.exceptions import ValidationError

from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import apply_machine_translation


def translate_section_by_machine(page, locales, user, include_subpages=True):
    """Create or update each page's translation and fill untranslated segments by machine.

    Results are saved as drafts for a translator to review and publish. Pages are handled
    one by one, parents first, each in its own transaction: wagtail-localize publishes
    from a stale copy when a parent and its children change in one transaction
    (docs/translation.md). Returns the (page, locale) pairs translated and those whose
    draft could not be saved (a validation error, e.g. a required field left empty).
    """
    translator = get_machine_translator()
    if translator is None:
        raise RuntimeError("No machine translator is configured (MACHINE_TRANSLATOR).")
    pages = [page]
    if include_subpages:
        pages = list(Page.objects.filter(locale_id=page.locale_id, path__startswith=page.path).order_by("path"))
    done, failed = [], []
    for source_page in pages:
        source_page = source_page.specific
        if not source_page.permissions_for_user(user).can_edit():
            continue
        source, created = TranslationSource.get_or_create_from_instance(source_page)
        if not created:
            source.update_from_db()
        TranslationCreator(user, locales).create_translations(source_page, include_related_objects=False)
        for translation in Translation.objects.filter(source=source, target_locale__in=locales, enabled=True):
            if not translator.can_translate(source.locale, translation.target_locale):
                continue
            apply_machine_translation(translation.pk, user, translator)
            try:
                translation.save_target(user=user, publish=False)
            except ValidationError:
                failed.append((source_page, translation.target_locale))
            else:
                done.append((source_page, translation.target_locale))
    return done, failed
