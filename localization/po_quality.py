"""Quality check of translation PO files: the demo content's, and any a translator sends back.

Pure Python (polib only), so translators and ``make lint`` run it without a database:

    python -m localization.po_quality                # every demo PO file
    python -m localization.po_quality fr el          # only these languages
    python -m localization.po_quality path/to/file.po

A file fails on: an empty or fuzzy entry; markup (tags, ``<a id=…>`` links, ``<br/>``)
or a placeholder lost or added; a number that differs from the source; a segment left
identical to English that the language's glossary does not allow; a slug that is not a
lowercase ASCII slug or is still the English one. The glossaries are
``localization/glossary/<lang>.po``: an entry whose translation equals its English term
(a brand, an acronym) allows segments made only of such terms to stay identical.
"""

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY_DIR = ROOT / "localization" / "glossary"
DEMO_TRANSLATION_GLOB = "*/demo/translations/*/*.po"

TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")
# Thousands separators differ by language (5,000 / 5.000 / 5 000): drop them before comparing.
THOUSANDS = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))")
NUMBER = re.compile(r"\d+")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A word a reader would translate: lowercase letters, three or more (names and acronyms start upper case).
COMMON_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")


@dataclass(frozen=True)
class Problem:
    path: str
    msgctxt: str
    msgid: str
    message: str

    def __str__(self):
        return f"{self.path}: [{self.msgctxt}] {self.message}: {self.msgid[:70]!r}"


def tags(text):
    return sorted(TAG.findall(text))


def numbers(text):
    return sorted(NUMBER.findall(THOUSANDS.sub("", TAG.sub(" ", text))))


def glossary_identicals(language):
    """English terms the language's glossary keeps as they are (brands, acronyms)."""
    path = GLOSSARY_DIR / f"{language}.po"
    if not path.exists():
        return set()
    return {entry.msgid for entry in polib.pofile(str(path)) if entry.msgstr == entry.msgid}


def may_stay_identical(text, identicals):
    """Whether an untranslated segment is acceptable: nothing in it a translator would change."""
    if text in identicals:
        return True
    plain = TAG.sub(" ", text)
    for term in sorted(identicals, key=len, reverse=True):
        plain = plain.replace(term, " ")
    return not COMMON_WORD.search(plain)


def check_entry(entry, language, identicals, path=""):
    """The problems of one PO entry (empty list when it is fine)."""
    found = []

    def problem(message):
        found.append(Problem(str(path), entry.msgctxt or "", entry.msgid, message))

    if entry.obsolete:
        return found
    if "fuzzy" in entry.flags:
        problem("fuzzy entry")
    if not entry.msgstr.strip():
        problem("empty translation")
        return found
    source, target = entry.msgid, entry.msgstr
    if entry.msgctxt == "slug" or (entry.msgctxt or "").endswith(".slug"):
        if not SLUG.match(target):
            problem(f"slug {target!r} is not lowercase ASCII words joined by hyphens")
        elif target == source and language != "en":
            problem("slug left in English")
        return found
    if tags(source) != tags(target):
        problem(f"markup differs: {tags(source)} → {tags(target)}")
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)):
        problem("placeholder lost or added")
    if numbers(source) != numbers(target):
        problem(f"numbers differ: {numbers(source)} → {numbers(target)}")
    if target == source and not may_stay_identical(source, identicals):
        problem("identical to English")
    return found


def language_of(path):
    """A demo PO file's language is its folder's name; another file's, its Language header."""
    path = Path(path)
    return polib.pofile(str(path)).metadata.get("Language") or path.parent.name


def check_file(path, language=None, identicals=None):
    language = language or language_of(path)
    identicals = glossary_identicals(language) if identicals is None else identicals
    problems = []
    for entry in polib.pofile(str(path)):
        problems.extend(check_entry(entry, language, identicals, path))
    return problems


def demo_po_files(languages=None):
    files = sorted(ROOT.glob(DEMO_TRANSLATION_GLOB))
    if languages:
        files = [path for path in files if path.parent.name in languages]
    return files


def check_demo_translations(languages=None):
    """Every problem in the demo content's PO files (and the glossaries' own entries)."""
    problems = []
    identicals = {}
    for path in demo_po_files(languages):
        language = path.parent.name
        if language not in identicals:
            identicals[language] = glossary_identicals(language)
        problems.extend(check_file(path, language, identicals[language]))
    for path in sorted(GLOSSARY_DIR.glob("*.po")):
        if languages and path.stem not in languages:
            continue
        for entry in polib.pofile(str(path)):
            if not entry.msgstr.strip() or "fuzzy" in entry.flags:
                problems.append(Problem(str(path), "", entry.msgid, "empty or fuzzy glossary entry"))
    return problems


def main(argv):
    files = [arg for arg in argv if arg.endswith(".po")]
    languages = [arg for arg in argv if not arg.endswith(".po")]
    problems = []
    for path in files:
        problems.extend(check_file(path))
    if languages or not files:
        problems.extend(check_demo_translations(languages or None))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
