"""Send pages for translation and fill them by memory and machine, one page or a whole section at once."""

from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import apply_machine_translation

from localization.machine_translators import machine_of


def translate_page(source_page, locales, user, translator):
    """Send ``source_page`` to ``locales`` and fill what is untranslated; returns the locales filled.

    Sending creates the translation (exact memory matches fill it then, ``memory_receivers``);
    ``translator`` (the memory, then the machine) fills the rest. The machine's text is stored as
    wagtail-localize's segment translations, which is what its translation editor shows: a
    translator reviews it there and publishes. The page is not saved here, because wagtail-localize
    writes a draft into the live page row too, which would show unreviewed machine text to visitors.
    """
    source, created = TranslationSource.get_or_create_from_instance(source_page)
    if not created:
        source.update_from_db()
    TranslationCreator(user, locales).create_translations(source_page, include_related_objects=False)
    filled = []
    for translation in Translation.objects.filter(source=source, target_locale__in=locales, enabled=True):
        if translator is not None and translator.can_translate(source.locale, translation.target_locale):
            apply_machine_translation(translation.pk, user, translator)
            filled.append(translation.target_locale)
    return filled


def translate_section_by_machine(page, locales, user, include_subpages=True):
    """``translate_page`` for ``page`` and, optionally, every page below it, parents first.

    Pages are handled one by one, never in one transaction (docs/translation.md). Returns the
    (page, locale) pairs translated; pages the user may not edit are left out.
    """
    translator = get_machine_translator()
    if machine_of(translator) is None:
        raise RuntimeError("No machine translator is configured (MACHINE_TRANSLATOR).")
    pages = [page]
    if include_subpages:
        pages = list(Page.objects.filter(locale_id=page.locale_id, path__startswith=page.path).order_by("path"))
    done = []
    for source_page in pages:
        source_page = source_page.specific
        if not source_page.permissions_for_user(user).can_edit():
            continue
        done += [(source_page, locale) for locale in translate_page(source_page, locales, user, translator)]
    return done
