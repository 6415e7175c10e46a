"""The demo loader's translation path: PO files in, wagtail-localize's import, PO files out."""

from django.core.management import CommandError, call_command

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import polib
import pytest

from home.models import StandardPage
from portal import demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_folders(tmp_path, monkeypatch):
    """Every app's demo folder moved to a temporary directory, so tests write no repository file."""
    monkeypatch.setattr(demo, "demo_folder", lambda app_label: tmp_path / app_label / "demo")
    return tmp_path


@pytest.fixture
def page(site_tree, django_capture_on_commit_callbacks):
    home = site_tree.home
    with django_capture_on_commit_callbacks(execute=True):
        page, _created = demo.get_or_create_child(
            home,
            StandardPage,
            "accessibility",
            title="Accessibility statement",
            introduction="How accessible Agora is.",
            body=[
                {"type": "heading", "value": {"text": "Our commitment", "level": "h2"}},
                {"type": "paragraph", "value": "<p>We aim at <b>level AA</b> of WCAG 2.2.</p>"},
            ],
        )
    return page


def write_po(path, entries):
    path.parent.mkdir(parents=True, exist_ok=True)
    po = polib.POFile()
    po.metadata = {"Language": path.parent.name, "Content-Type": "text/plain; charset=utf-8"}
    for msgctxt, msgid, msgstr in entries:
        po.append(polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr))
    po.save(str(path))


FRENCH = [
    ("title", "Accessibility statement", "Déclaration d'accessibilité"),
    ("slug", "accessibility", "accessibilite"),
    ("introduction", "How accessible Agora is.", "Le niveau d'accessibilité d'Agora."),
    ("body.x.text", "Our commitment", "Notre engagement"),
    ("body.y", "We aim at <b>level AA</b> of WCAG 2.2.", "Nous visons le <b>niveau AA</b> des WCAG 2.2."),
]


def test_a_complete_po_file_is_imported_through_wagtail_localize(
    page, demo_folders, django_capture_on_commit_callbacks
):
    write_po(demo_folders / "home" / "demo" / "translations" / "fr" / "accessibility.po", FRENCH)
    with django_capture_on_commit_callbacks(execute=True):
        demo.translate_from_files(page, log=lambda message: None)
    french = page.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.alias_of_id is None and french.live
    assert (french.title, french.slug) == ("Déclaration d'accessibilité", "accessibilite")
    assert "Nous visons le <b>niveau AA</b> des WCAG 2.2." in str(french.body)
    translation = TranslationSource.objects.get_for_instance(page).translations.get(target_locale=french.locale)
    total, done = translation.get_progress()
    assert total == done == len(FRENCH)


def test_a_po_file_missing_a_segment_leaves_the_page_untranslated_and_says_so(page, demo_folders):
    write_po(demo_folders / "home" / "demo" / "translations" / "de" / "accessibility.po", FRENCH[:-1])
    said = []
    demo.translate_from_files(page, log=said.append)
    assert not page.get_translations().filter(locale__language_code="de", alias_of__isnull=True).exists()
    assert not TranslationSource.objects.get_for_instance(page).translations.exists()
    assert said == [
        f"  left 'Accessibility statement' untranslated in de: 1 segments missing from {demo.demo_po_path(page, 'de')}"
    ]


def test_export_keeps_translations_and_leaves_new_segments_empty(page, demo_folders):
    path = demo_folders / "home" / "demo" / "translations" / "it" / "accessibility.po"
    write_po(path, [("title", "Accessibility statement", "Dichiarazione di accessibilità")])
    assert demo.export_demo_po(page, "it") == len(FRENCH) - 1
    exported = {entry.msgid: entry.msgstr for entry in polib.pofile(str(path))}
    assert exported["Accessibility statement"] == "Dichiarazione di accessibilità"
    assert exported["We aim at <b>level AA</b> of WCAG 2.2."] == ""
    contexts = [entry.msgctxt for entry in polib.pofile(str(path))]
    assert contexts[:3] == ["title", "slug", "introduction"]
    assert all(context.startswith("body.") for context in contexts[3:])


def test_block_ids_derive_from_the_page_and_the_place():
    def ids(page):
        demo.give_blocks_ids(page, stable_key="home.standardpage:about")
        return [block.id for block in page.body]

    body = [{"type": "paragraph", "value": "<p>One</p>"}, {"type": "paragraph", "value": "<p>Two</p>"}]
    first, second = ids(StandardPage(title="About", body=body)), ids(StandardPage(title="About", body=body))
    assert first == second and len(set(first)) == 2


def test_the_export_command_refuses_an_unknown_language():
    with pytest.raises(CommandError, match="xx"):
        call_command("demo_translations", language=["xx"])


def test_a_page_without_po_files_reaches_every_locale_as_an_untranslated_alias(
    page, django_capture_on_commit_callbacks
):
    assert not page.get_translations().filter(locale__language_code="nl").exists()
    with django_capture_on_commit_callbacks(execute=True):
        demo.sync_all_trees()
    dutch = page.get_translations().get(locale__language_code="nl")
    assert dutch.alias_of_id == page.pk
