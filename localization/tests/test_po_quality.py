"""The translation quality check (localization/po_quality.py): each rule, and the demo content's files."""

import polib
import pytest

from localization import po_quality


def entry(msgid, msgstr, msgctxt="body.1", flags=()):
    return polib.POEntry(msgid=msgid, msgstr=msgstr, msgctxt=msgctxt, flags=list(flags))


def problems(msgid, msgstr, msgctxt="body.1", language="fr", identicals=frozenset({"Agora", "Efus"}), flags=()):
    return [p.message for p in po_quality.check_entry(entry(msgid, msgstr, msgctxt, flags), language, identicals)]


def test_a_faithful_translation_passes():
    assert problems("Open <b>by design</b> since 2019.", "Ouverts <b>par nature</b> depuis 2019.") == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "message"),
    [
        ("Open spaces", "", "empty translation"),
        ("Open spaces", "   ", "empty translation"),
        ("Open <b>by design</b>", "Ouverts par nature", "markup differs"),
        ('See <a id="a1">the report</a>', "Voir le rapport", "markup differs"),
        ("Yes<br/>No", "Oui Non", "markup differs"),
        ("Hello %(name)s", "Bonjour", "placeholder lost or added"),
        ("Twelve people in 2016", "Douze personnes en 2017", "numbers differ"),
        ("Five steps", "5 étapes", "numbers differ"),
        ("Open spaces for everyone", "Open spaces for everyone", "identical to English"),
    ],
)
def test_each_rule_catches_its_fault(msgid, msgstr, message):
    assert any(found.startswith(message) for found in problems(msgid, msgstr)), problems(msgid, msgstr)


def test_a_fuzzy_entry_fails_even_when_filled():
    assert "fuzzy entry" in problems("Open spaces", "Espaces ouverts", flags=["fuzzy"])


def test_thousands_separators_of_every_language_are_the_same_number():
    assert problems("5,000 visitors", "5 000 visiteurs") == []
    assert problems("5,000 visitors", "5.000 Besucher", language="de") == []


def test_names_and_glossary_terms_may_stay_identical():
    assert problems("Agora", "Agora") == []
    assert problems("Efus, Secu4All", "Efus, Secu4All") == []  # only names: nothing to translate
    assert problems("Riga", "Riga") == []


@pytest.mark.parametrize(
    ("msgstr", "message"),
    [
        ("analyse-de-vulnérabilité", "is not lowercase ASCII"),
        ("Analyse_de", "is not lowercase ASCII"),
        ("ανάλυση", "is not lowercase ASCII"),
        ("vulnerability-analysis", "slug left in English"),
    ],
)
def test_slugs_are_localised_ascii(msgstr, message):
    found = problems("vulnerability-analysis", msgstr, msgctxt="slug")
    assert any(message in text for text in found), found


def test_a_transliterated_slug_passes():
    assert problems("vulnerability-analysis", "analysi-eupatheias", msgctxt="slug", language="el") == []


def test_a_file_is_checked_with_its_language_glossary(tmp_path):
    po = polib.POFile()
    po.metadata = {"Language": "de", "Content-Type": "text/plain; charset=utf-8"}
    po.append(entry("Open spaces", "Offene Räume"))
    po.append(entry("Open spaces for all", ""))
    path = tmp_path / "page.po"
    po.save(str(path))
    assert [p.message for p in po_quality.check_file(path)] == ["empty translation"]


def test_every_demo_translation_and_glossary_passes():
    files = po_quality.demo_po_files()
    languages = {path.parent.name for path in files}
    assert languages == {"fr", "de", "it", "es", "nl", "lv", "el"}
    assert {path.stem for path in po_quality.GLOSSARY_DIR.glob("*.po")} == languages
    found = po_quality.check_demo_translations()
    assert not found, "\n".join(str(problem) for problem in found[:40])
