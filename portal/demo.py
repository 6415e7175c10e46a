"""Support for ``load_demo_content``: a registry of per-app loaders and shared helpers.

Each content app has a ``demo_content`` module whose loaders are registered with
``@demo_loader(order)``; the command discovers them, so this module names no app.

Demo content is data, not code (docs/translation.md):
- the English lives in YAML files under ``<app>/demo/`` (``demo_data``);
- every translation is a gettext PO file per page (or snippet) and language,
  ``<app>/demo/translations/<lang>/<key>.po``, as wagtail-localize exports it, and goes
  through wagtail-localize's own PO import (``translate_from_files``), the path a
  translator's file takes, so demo translations look to editors exactly like real ones.
"""

import uuid
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.db.models.signals import post_save
from django.utils.module_loading import autodiscover_modules

from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

import polib
import yaml

from portal.languages import language_codes, source_language_code

_loaders = []
# Off for ``load_demo_content --source-only``: the English alone, to export fresh PO files from.
_translating = True


def demo_loader(order):
    def register(function):
        _loaders.append((order, function))
        return function

    return register


def run_demo_loaders(log, translate=True):
    global _translating
    _translating = translate
    autodiscover_modules("demo_content")
    # No surrounding transaction: wagtail-localize publishes a translation on commit,
    # from a copy of the page taken before its children existed, and that stale copy
    # would reset the parent's child count. Loaders are idempotent instead.
    with search_indexing_paused(), disable_reference_index_auto_update():
        for _order, loader in sorted(_loaders, key=lambda item: item[0]):
            loader(log)
        sync_all_trees()
    # Indexing once at the end costs a few seconds each; updating the search and
    # reference indexes on every save of every page in eight languages cost a quarter of the load.
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    call_command("rebuild_references_index", stdout=StringIO())


@contextmanager
def search_indexing_paused():
    """Saves inside the block leave the search index alone (rebuild it afterwards)."""
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


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
    source_keys = set(Page.objects.filter(locale=source, depth__gt=1).values_list("translation_key", flat=True))
    for locale in Locale.objects.exclude(pk=source.pk):
        # Walking the whole tree costs seconds; a locale that has every page needs no walk.
        if source_keys - set(Page.objects.filter(locale=locale).values_list("translation_key", flat=True)):
            synchronize_tree(source, locale)


def demo_folder(app_label):
    return Path(apps.get_app_config(app_label).path) / "demo"


def demo_data(app_label, name):
    """The English demo data in ``<app>/demo/<name>.yaml``."""
    with open(demo_folder(app_label) / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def demo_data_files(app_label, folder):
    """Every YAML file of ``<app>/demo/<folder>/``, loaded, in the order of their ``order`` key, then name."""
    entries = []
    for path in sorted((demo_folder(app_label) / folder).glob("*.yaml")):
        with open(path, encoding="utf-8") as file:
            entries.append(yaml.safe_load(file))
    return sorted(entries, key=lambda entry: entry.get("order", 0))


def get_or_create_child(parent, model, slug, **fields):
    """Idempotent page creation: the page with this slug under ``parent``, made if missing.

    Block ids are derived from the page's slug and the block's place, so the PO files'
    contexts stay the same from one load to the next.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    give_blocks_ids(page, stable_key=f"{model._meta.label_lower}:{slug}")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


BLOCK_ID_NAMESPACE = uuid.UUID("6f1d4a52-3c8e-4d1b-9a57-0b6c2f7e5a10")


def give_blocks_ids(page, stable_key=None):
    """Store every StreamField in Wagtail's block format, list items with ids included.

    Content built from plain lists stores list items without ids, and wagtail-localize
    only extracts list items that have them. With ``stable_key``, every id is derived
    from it and the block's place instead of drawn at random.
    """
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for child in getattr(page, field.name):
                child.value  # noqa: B018 - evaluating a child converts it to block format
            if stable_key is not None:
                raw = getattr(page, field.name).get_prep_value()
                setattr(page, field.name, _with_stable_ids(raw, f"{stable_key}:{field.name}"))


def stable_uuid(path):
    """A UUID derived from a demo object's path: the same on every machine, so PO contexts stay put."""
    return uuid.uuid5(BLOCK_ID_NAMESPACE, path)


def _with_stable_ids(value, path):
    if isinstance(value, list):
        return [_with_stable_ids(item, f"{path}.{index}") for index, item in enumerate(value)]
    if isinstance(value, dict):
        renamed = {key: _with_stable_ids(item, f"{path}.{key}") for key, item in value.items()}
        if "id" in value and "type" in value:
            renamed["id"] = str(stable_uuid(path))
        return renamed
    return value


def translate_page(page, language_code, strings, source=None):
    """Translate ``page`` (or a snippet) into a locale through wagtail-localize's PO import, and publish.

    ``strings`` maps each source segment (exactly as wagtail-localize extracts it) to
    its translation; keys may also be ``(context, segment)`` pairs, as ``po_translations``
    reads them from a PO file, the context then winning over the bare segment. Segments
    missing from the mapping keep the source text. ``source``: the page's up-to-date
    ``TranslationSource``, when the caller already has it. Returns the translated page.
    """
    locale = Locale.objects.get(language_code=language_code)
    if source is None:
        source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = translation_of(entry, strings) or ""
    translation.import_po(po, tool_name="Agora demo content")
    translation.save_target(publish=True)
    return page.get_translation(locale)


def demo_key(instance):
    """The name of a demo page's or snippet's PO files: ``home`` for a home page, a page's slug,
    or ``<model>-<slug>`` for a snippet (``<model>-<staff profile>`` for a learning path)."""
    if isinstance(instance, Page):
        return "home" if instance.depth == 2 else instance.slug
    natural_key = getattr(instance, "slug", None) or instance.staff_profile
    return f"{instance._meta.model_name}-{natural_key}"


def demo_po_path(instance, language_code):
    """Where the PO file translating a demo page or snippet into a language lives: in the model's app."""
    folder = demo_folder(instance._meta.app_label) / "translations" / language_code
    return folder / f"{demo_key(instance)}.po"


def translate_from_files(instance, log):
    """Translate a page or snippet from its PO files, into each language not translated yet.

    A language without a file keeps the untranslated (alias) page, and so does a file that
    lacks a segment of the source (a translator's work in progress, or a file not refreshed
    since the English changed): it is reported, and ``localization.po_quality`` and the
    demo-site test fail on it, but the site still loads.
    """
    if not _translating:
        return
    source = None
    for code in language_codes():
        path = demo_po_path(instance, code)
        if code == source_language_code() or not path.exists():
            continue
        existing = instance.get_translations().filter(locale__language_code=code)
        if hasattr(instance, "alias_of_id"):
            existing = existing.filter(alias_of__isnull=True)
        if existing.exists():
            continue
        if source is None:  # extracted once for every language
            source, _created = TranslationSource.update_or_create_from_instance(instance)
        strings = po_translations(path)
        missing = [entry.msgid for entry in source.export_po() if not translation_of(entry, strings)]
        if missing:
            log(f"  left {str(instance)!r} untranslated in {code}: {len(missing)} segments missing from {path}")
            continue
        translate_page(instance, code, strings, source=source)
        log(f"  translated {str(instance)!r} into {code}")


def translation_of(entry, strings):
    """An entry's translation in a ``po_translations`` mapping: by context and text, else by text."""
    return strings.get((entry.msgctxt, entry.msgid)) or strings.get((None, entry.msgid)) or strings.get(entry.msgid)


def po_translations(path):
    """{(context, English): translation} of a PO file, with {(None, English): …} for any context."""
    strings = {}
    for entry in polib.pofile(str(path)):
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
            strings[(entry.msgctxt, entry.msgid)] = entry.msgstr
            strings.setdefault((None, entry.msgid), entry.msgstr)
    return strings


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


def demo_objects():
    """The source language's pages and translatable snippets, parents before children: what the PO files translate."""
    from wagtail.snippets.models import get_snippet_models

    source = Locale.objects.get(language_code=source_language_code())
    yield from (page.specific for page in Page.objects.filter(locale=source, depth__gt=1).order_by("path"))
    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin) and any(
            field.name in ("slug", "staff_profile") for field in model._meta.get_fields()
        ):
            yield from model.objects.filter(locale=source).order_by("pk")


def export_demo_po(instance, language_code):
    """Write the PO file of a demo page or snippet in a language, keeping the file's translations.

    Returns how many segments are left untranslated, or None when the object has no text to translate.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    locale = Locale.objects.get(language_code=language_code)
    # An unsaved translation: exporting must not start a translation in the admin's eyes.
    po = Translation(source=source, target_locale=locale).export_po()
    if not len(po):
        return None
    path = demo_po_path(instance, language_code)
    known = po_translations(path) if path.exists() else {}
    missing = 0
    for entry in po:
        entry.msgstr = translation_of(entry, known) or entry.msgstr
        missing += not entry.msgstr
    po.metadata = {
        "Language": language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    po.wrapwidth = 120
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return missing
