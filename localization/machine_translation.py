"""Machine-translate a page, or a whole section, into several languages in one action."""

from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import apply_machine_translation


def translate_section_by_machine(page, locales, user, include_subpages=True):
    """Create or update each page's translation and fill untranslated segments by machine.

    The machine's text is stored as wagtail-localize's segment translations, which is
    what its translation editor shows: a translator reviews it there and publishes. Pages
    are not saved here, because wagtail-localize writes a draft into the live page row
    too, which would show unreviewed machine text to visitors. Pages are handled one by
    one, parents first, never in one transaction (docs/translation.md). Returns the
    (page, locale) pairs translated.
    """
    translator = get_machine_translator()
    if translator is None:
        raise RuntimeError("No machine translator is configured (MACHINE_TRANSLATOR).")
    pages = [page]
    if include_subpages:
        pages = list(Page.objects.filter(locale_id=page.locale_id, path__startswith=page.path).order_by("path"))
    done = []
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
            done.append((source_page, translation.target_locale))
    return done
