"""The translation memory as TMX 1.4 (localization/tmx.py): exported per language pair, read back by an
independent reader (lxml), imported again unchanged; a bad file is refused whole with a clear message."""

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Locale

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from localization.memory import source_hash
from localization.models import MemoryUnit
from localization.tmx import TMXError, export_tmx, import_tmx, read_tmx
from localization.translator_groups import group_name

pytestmark = pytest.mark.django_db
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

UNITS = {
    "fr": [
        ('Read <a id="a1">the guide</a> first.', 'Lisez d\'abord <a id="a1">le guide</a>.'),
        ("%(count)s lessons", "%(count)s leçons"),
        ("Crowd safety", "Sécurité des foules"),
    ],
    "el": [("Crowd safety", "Ασφάλεια πλήθους")],
}


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "de", "el")}


@pytest.fixture
def memory(locales):
    for code, pairs in UNITS.items():
        for index, (source, target) in enumerate(pairs):
            MemoryUnit.objects.create(
                source_locale=locales["en"],
                target_locale=locales[code],
                source_hash=source_hash(source),
                source_text=source,
                target_text=target,
                translation_key="3f0d4c55-8a7e-4d0b-9d55-2f1c1b7f0e11" if index == 0 else "",
                context_path="body.1.paragraph" if index == 0 else "",
            )


def memory_state():
    return sorted(MemoryUnit.objects.values_list("target_locale__language_code", "source_text", "target_text"))


def test_the_export_is_tmx_1_4_read_by_an_independent_reader(locales, memory):
    root = etree.fromstring(export_tmx(locales["en"], locales["fr"]))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "en"
    assert header.get("datatype") == "html"
    assert header.get("segtype") and header.get("o-tmf") and header.get("adminlang") and header.get("creationtool")
    units = root.findall("body/tu")
    assert len(units) == 3  # French only: the Greek unit stays out
    pairs = []
    for unit in units:
        languages = [variant.get(XML_LANG) for variant in unit.findall("tuv")]
        assert languages == ["en", "fr"]
        pairs.append(tuple(variant.findtext("seg") for variant in unit.findall("tuv")))
    assert sorted(pairs) == sorted(UNITS["fr"])
    assert units[0].findtext("note") == "published:3f0d4c55-8a7e-4d0b-9d55-2f1c1b7f0e11:body.1.paragraph"


def test_export_then_import_gives_the_same_memory(locales, memory):
    files = [export_tmx(locales["en"], locales[code]) for code in ("fr", "el")]
    before = memory_state()
    MemoryUnit.objects.all().delete()
    assert sum(import_tmx(data, locales["en"]) for data in files) == 4
    assert memory_state() == before
    # Markup and placeholders come back as they were.
    assert MemoryUnit.objects.get(source_text__startswith="Read").target_text == UNITS["fr"][0][1]
    # Importing again replaces, it does not duplicate.
    import_tmx(files[0], locales["en"])
    assert memory_state() == before


def tmx(body, srclang="en"):
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        f'segtype="sentence" o-tmf="x" adminlang="en" srclang="{srclang}" datatype="plaintext"/>'
        f"<body>{body}</body></tmx>"
    ).encode()


def tu(*variants):
    return "<tu>" + "".join(f'<tuv xml:lang="{code}"><seg>{text}</seg></tuv>' for code, text in variants) + "</tu>"


REFUSED = {
    "empty": (b"", "The file is empty."),
    "not XML": (b"\x00\xffnot xml at all", "This is not a TMX file"),
    "XML but not TMX": (b"<xliff version='1.2'><file/></xliff>", "This is not a TMX file"),
    "an entity bomb": (
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv>'
        b'<tuv xml:lang="fr"><seg>&b;</seg></tuv></tu></body></tmx>',
        "declares XML entities",
    ),
    "another source language": (tmx(tu(("de", "Hallo"), ("fr", "Bonjour")), srclang="de"), "source language is de"),
    "a language the site lacks": (tmx(tu(("en", "Hello"), ("ja", "こんにちは"))), "does not have: ja"),
    "a unit without English": (tmx(tu(("en", "Hi"), ("fr", "Salut")) + tu(("fr", "Seul"))), "Unit 2 has no text"),
    "no translation": (tmx(tu(("en", "Hello"))), "holds no translation"),
    "a segment too long": (tmx(tu(("en", "x" * 10_001), ("fr", "y"))), "Unit 1 is too long"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_bad_file_is_refused_whole_and_stores_nothing(locales, memory, case):
    data, message = REFUSED[case]
    before = memory_state()
    with pytest.raises(TMXError, match=message):
        import_tmx(data, locales["en"])
    assert memory_state() == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda text: tmx(text).replace(b"\x00", b""))))
def test_any_bytes_either_import_or_raise_a_clear_error(locales, data):
    try:
        read_tmx(data, locales["en"])
    except TMXError as error:
        assert str(error)


# --- the admin page --------------------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


def test_the_memory_page_downloads_and_imports(client, locales, memory, editor):
    client.force_login(editor)
    response = client.get(reverse("localization:memory"))
    assert response.status_code == 200
    counts = {locale.language_code: count for locale, count in response.context["pairs"]}
    assert (counts["fr"], counts["el"], counts["de"]) == (3, 1, 0)
    assert "en" not in counts
    download = client.get(reverse("localization:memory_export", args=["fr"]))
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="agora-memory-en-fr.tmx"'
    MemoryUnit.objects.filter(target_locale__language_code="fr").delete()
    upload = SimpleUploadedFile("fr.tmx", download.content, content_type="application/x-tmx+xml")
    response = client.post(reverse("localization:memory"), {"file": upload}, follow=True)
    assert "3 translations imported into the memory." in response.content.decode()
    assert MemoryUnit.objects.filter(target_locale__language_code="fr").count() == 3


def test_a_bad_upload_gets_its_message_and_a_400(client, locales, memory, editor):
    client.force_login(editor)
    before = memory_state()
    upload = SimpleUploadedFile("broken.tmx", b"<tmx", content_type="application/x-tmx+xml")
    response = client.post(reverse("localization:memory"), {"file": upload})
    assert response.status_code == 400
    assert "This is not a TMX file" in response.content.decode()
    response = client.post(reverse("localization:memory"), {})
    assert response.status_code == 400
    assert "Choose a TMX file." in response.content.decode()
    assert memory_state() == before


def test_a_translator_downloads_but_cannot_import(client, locales, memory, django_user_model):
    translator = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("fr")))
    client.force_login(translator)
    assert client.get(reverse("localization:memory")).context["form"] is None
    assert client.get(reverse("localization:memory_export", args=["fr"])).status_code == 200
    upload = SimpleUploadedFile("fr.tmx", export_tmx(locales["en"], locales["fr"]))
    response = client.post(reverse("localization:memory"), {"file": upload})
    assert (response.status_code, response.url) == (302, "/admin/")
    assert client.get(reverse("localization:memory_export", args=["xx"]), follow=True).status_code == 404
