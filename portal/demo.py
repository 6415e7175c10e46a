"""Support for ``load_demo_content``: a registry of per-app loaders and shared helpers.

Each content app has a ``demo_content`` module whose loaders are registered with
``@demo_loader(order)``; the command discovers them, so this module names no app.
Translations go through wagtail-localize's own PO import, the path a translator's
file takes, so demo translations look to editors exactly like real ones.
"""

from django.utils.module_loading import autodiscover_modules

from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from portal.languages import language_codes, source_language_code

_loaders = []


def demo_loader(order):
    def register(function):
        _loaders.append((order, function))
        return function

    return register


def run_demo_loaders(log):
    autodiscover_modules("demo_content")
    # No surrounding transaction: wagtail-localize publishes a translation on commit,
    # from a copy of the page taken before its children existed, and that stale copy
    # would reset the parent's child count. Loaders are idempotent instead.
    for _order, loader in sorted(_loaders, key=lambda item: item[0]):
        loader(log)
    sync_all_trees()


def ensure_locales():
    """Create every configured locale; non-source locales sync their tree from the source."""
    source = Locale.objects.get_or_create(language_code=source_language_code())[0]
    for code in language_codes():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if locale != source:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
    return source


def sync_all_trees():
    """Give every locale an alias of each page not translated into it yet."""
    source = Locale.objects.get(language_code=source_language_code())
    for locale in Locale.objects.exclude(pk=source.pk):
        synchronize_tree(source, locale)


def get_or_create_child(parent, model, slug, **fields):
    """Idempotent page creation: the page with this slug under ``parent``, made if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    give_blocks_ids(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def give_blocks_ids(page):
    """Store every StreamField in Wagtail's block format, list items with ids included.

    Content built from plain Python lists stores list items without ids, and
    wagtail-localize only extracts list items that have them.
    """
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for child in getattr(page, field.name):
                child.value  # noqa: B018 - evaluating a child converts it to block format


def translate_page(page, language_code, strings):
    """Translate ``page`` into a locale from an English-to-target mapping, and publish.

    ``strings`` maps each source segment (exactly as wagtail-localize extracts it) to
    its translation. Segments missing from the mapping keep the source text.
    Returns the translated page.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po, tool_name="Agora demo content")
    translation.save_target(publish=True)
    return page.get_translation(locale)


def source_segments(page):
    """The English segments of a page, as a translator's PO file lists them."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    locale = Locale.objects.exclude(pk=page.locale_id).first()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    return [entry.msgid for entry in translation.export_po()]


def feature_on_home(pages, heading="Start here"):
    """Add pages to the source home page's "featured pages" block (demo content only).

    Works on the StreamField generically, so a content app can feature its pages
    without importing the home app.
    """
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    body = getattr(home, "body", None)
    if body is None:
        return
    for block in body:
        if block.block_type == "featured_pages" and block.value["heading"] == heading:
            present = {page.pk for page in block.value["pages"]}
            missing = [page for page in pages if page.pk not in present]
            if not missing:
                return
            block.value["pages"].extend(missing)
            home.save_revision().publish()
            resync_translations(home)
            return


def resync_translations(page):
    """Bring a page's existing translations up to date with its source (new blocks included)."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source, enabled=True):
        translation.save_target(publish=True)
