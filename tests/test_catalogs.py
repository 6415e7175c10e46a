"""Every interface string is in every catalog, translated, not fuzzy, and compiled."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGET_CODES = [entry["code"] for entry in settings.AGORA_LANGUAGES[1:]]
SOURCE_CODE = settings.AGORA_LANGUAGES[0]["code"]

# Words that are correctly the same as the English in that language. Keep this short.
SAME_AS_ENGLISH = {
    "*": {"Agora"},
    "de": {"Link", "Online", "Quiz", "Status"},
    "nl": {"Link", "Online", "Quiz", "Status"},
    "it": {"Link", "Online", "Quiz"},
    "fr": {"Contact", "Information", "Page", "Pages", "Date", "Quiz", "Actions"},
    "es": {"Online"},
}


def catalog(code):
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def extracted_msgids(tmp_path_factory):
    """Run makemessages on a copy of the source tree: what the catalogs must contain."""
    copy = tmp_path_factory.mktemp("src") / "agora"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "node_modules", ".git", "media", "staticfiles", "locale", "*.pyc"),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            SOURCE_CODE,
            "--ignore=tests",
            "--ignore=staticfiles",
            "-v0",
        ],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test", "HOME": str(copy)},
        timeout=120,
    )
    extracted = polib.pofile(str(copy / "locale" / SOURCE_CODE / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in extracted if not entry.obsolete}


@pytest.mark.parametrize("code", [SOURCE_CODE, *TARGET_CODES])
def test_catalog_has_every_interface_string(code, extracted_msgids):
    present = {(entry.msgctxt, entry.msgid) for entry in catalog(code) if not entry.obsolete}
    missing = sorted(msgid for _ctx, msgid in extracted_msgids - present)
    assert not missing, f"{code}: run `make messages` and translate: {missing}"


@pytest.mark.parametrize("code", TARGET_CODES)
def test_catalog_is_translated_and_not_fuzzy(code):
    allowed = SAME_AS_ENGLISH["*"] | SAME_AS_ENGLISH.get(code, set())
    problems = []
    for entry in catalog(code):
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not all(text.strip() for text in translations):
            problems.append(f"empty: {entry.msgid!r}")
        elif entry.msgstr == entry.msgid and entry.msgid not in allowed:
            problems.append(f"same as English: {entry.msgid!r}")
    assert not problems, f"{code}: " + "; ".join(problems)


@pytest.mark.parametrize("code", [SOURCE_CODE, *TARGET_CODES])
def test_catalog_is_compiled_and_current(code):
    po = ROOT / "locale" / code / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run compilemessages"
    assert mo.stat().st_mtime >= po.stat().st_mtime, f"{mo} is older than its .po"
    # Keyed by context too: "Review" (a quiz's correction) and "Review" (a reviewer's next step) differ.
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.mofile(str(mo))}
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in catalog(code)
        if not entry.obsolete and not entry.msgid_plural
    }
    assert {k: v for k, v in source.items() if v} == {k: v for k, v in compiled.items() if k in source and v}


def test_plural_forms_match_the_language():
    # Latvian has three plural forms; a wrong header silently shows the wrong one.
    assert "nplurals=3" in catalog("lv").metadata["Plural-Forms"]


# "%(total)s steps", "{{ max }} points": a number followed by a word in the plural. Such a string
# needs plural forms (ngettext, or blocktranslate count), or French reads "1 étapes" and Latvian
# picks the wrong one of its three forms. Verbs that may follow a name placeholder are not nouns.
COUNTED_NOUN = re.compile(r"%\((\w+)\)[sd] ([a-z]+s)\b")
NOT_NOUNS = {"is", "has", "was", "does", "fills", "differs", "needs", "says", "shows", "links", "gets", "reads", "goes"}


def counted_strings_without_plural_forms(entries):
    return sorted(
        entry.msgid
        for entry in entries
        if not entry.obsolete
        and not entry.msgid_plural
        and any(word not in NOT_NOUNS for _name, word in COUNTED_NOUN.findall(entry.msgid))
    )


def test_counted_strings_have_plural_forms():
    assert not counted_strings_without_plural_forms(catalog(SOURCE_CODE)), (
        "use ngettext or {% blocktranslate count %} for these"
    )


def test_the_plural_check_catches_a_count_without_plural_forms():
    entries = [
        polib.POEntry(msgid="%(done)s of %(total)s steps done"),
        polib.POEntry(msgid="%(name)s fills every segment"),
        polib.POEntry(msgid="%(done)s of %(total)s step done", msgid_plural="%(done)s of %(total)s steps done"),
    ]
    assert counted_strings_without_plural_forms(entries) == ["%(done)s of %(total)s steps done"]


@pytest.mark.parametrize(("code", "count", "expected"), [("fr", 1, "Étape terminée"), ("lv", 21, "Pabeigtie soļi")])
def test_a_counted_string_follows_the_languages_plural_rules(code, count, expected):
    from django.utils import translation

    with translation.override(code):
        text = translation.ngettext("%(done)s of %(total)s step done", "%(done)s of %(total)s steps done", count)
    assert text.startswith(expected)


UPSTREAM = ROOT / "locale-upstream"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")


def wagtail_localize_msgids(domain):
    import wagtail_localize

    reference = Path(wagtail_localize.__file__).parent / "locale" / "fr" / "LC_MESSAGES" / f"{domain}.po"
    return {entry.msgid for entry in polib.pofile(str(reference)) if not entry.obsolete}


@pytest.mark.parametrize("domain", ["django", "djangojs"])
@pytest.mark.parametrize("code", TARGET_CODES)
def test_wagtail_localize_strings_are_complete_and_well_formed_in_every_language(code, domain):
    """wagtail-localize leaves Greek and Latvian mostly untranslated and drops trailing spaces
    ("Publier dans" + "Français"): locale-upstream/ completes and corrects them."""
    entries = {entry.msgid: entry for entry in polib.pofile(str(UPSTREAM / code / "LC_MESSAGES" / f"{domain}.po"))}
    problems = []
    for msgid in sorted(wagtail_localize_msgids(domain)):
        entry = entries.get(msgid)
        if entry is None or not entry.translated() or "fuzzy" in entry.flags:
            problems.append(f"untranslated: {msgid!r}")
            continue
        for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(entry.msgid_plural or msgid)):
                problems.append(f"placeholders differ: {msgid!r} → {text!r}")
            if msgid.endswith(" ") != text.endswith(" "):
                problems.append(f"trailing space differs: {msgid!r} → {text!r}")
    assert not problems, f"{code} {domain}: " + "; ".join(problems)


@pytest.mark.django_db
def test_the_translation_editor_reads_the_completed_strings(client, django_user_model):
    import json

    from django.urls import reverse

    from wagtail.users.models import UserProfile

    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "el"
    profile.save()
    client.force_login(editor)
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    greek = polib.pofile(str(UPSTREAM / "el" / "LC_MESSAGES" / "djangojs.po")).find("Translate with ").msgstr
    assert greek.endswith(" ") and greek.strip()
    assert json.dumps(greek) in script  # Django's catalog is JSON with non-ASCII escaped
