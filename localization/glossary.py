"""The per-language glossaries (``localization/glossary/<lang>.po``) at work in the translation editor.

A segment whose English holds a glossary term should carry the term's agreed translation. When it
does not, the segment is flagged: beside the editor (``templatetags/glossary_tags.py``) and as a
count in the translation status report. Matching is forgiving about endings, because the agreed
term is often inflected in the sentence ("espace public" → "espaces publics", "δημόσιος χώρος" →
"δημόσιου χώρου"): each word of the agreed term must begin a word of the translation, allowing
its last two letters to differ (words of four letters or fewer must match whole). Case and accents
of capitals are ignored. A flag asks the translator to look; it never blocks publishing.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.db.models import F

from wagtail_localize.models import StringSegment

import polib

from localization.memory import segments_of, translations_by_segment
from localization.po_quality import GLOSSARY_DIR, TAG

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    english: str
    translation: str
    note: str


@dataclass(frozen=True)
class Flag:
    segment: object  # wagtail_localize StringSegment
    translation: str
    terms: tuple  # the Terms it translates another way


def _language(code):
    return code.split("-")[0].lower()


@lru_cache(maxsize=16)
def glossary(language_code):
    """The language's terms, longest English first (so "vulnerability assessment" wins over "vulnerability")."""
    path = GLOSSARY_DIR / f"{_language(language_code)}.po"
    if not path.exists():
        return ()
    terms = [
        Term(entry.msgid, entry.msgstr, entry.comment or "")
        for entry in polib.pofile(str(path))
        if entry.msgid and entry.msgstr and not entry.fuzzy
    ]
    return tuple(sorted(terms, key=lambda term: len(term.english), reverse=True))


def _words(text):
    return WORD.findall(TAG.sub(" ", text).casefold())


def _stem(word):
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def _english_pattern(term):
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in _words(term.english)) + r"(?!\w)")


def terms_in(text, language_code):
    """The glossary terms ``text`` (English) uses; a longer term hides the shorter ones inside it."""
    plain = " ".join(_words(text))
    found = []
    for term in glossary(language_code):
        if _english_pattern(term).search(plain):
            found.append(term)
            plain = _english_pattern(term).sub(" ", plain)
    return found


def carries(translation, term):
    """Whether ``translation`` holds the term's agreed rendering (endings may differ)."""
    words = _words(translation)
    return all(any(word.startswith(_stem(agreed)) for word in words) for agreed in _words(term.translation))


def mismatches(english, translation, language_code):
    """The terms of ``english`` that ``translation`` renders another way."""
    return tuple(term for term in terms_in(english, language_code) if not carries(translation, term))


def flags_for(translation):
    """Each translated segment of ``translation`` that renders a glossary term another way."""
    code = translation.target_locale.language_code
    segments = list(segments_of(translation.source))
    current = translations_by_segment(segments, translation.target_locale)
    flags = []
    for segment in segments:
        translated = current.get((segment.string_id, segment.context_id))
        if translated is not None and translated.data:
            terms = mismatches(segment.string.data, translated.data, code)
            if terms:
                flags.append(Flag(segment, translated.data, terms))
    return flags


def flag_counts(source_ids, locales):
    """{(source id, locale id): number of flagged segments}, in one query, for the status report."""
    codes = {locale.pk: locale.language_code for locale in locales}
    rows = StringSegment.objects.filter(
        source_id__in=source_ids,
        string__translations__context_id=F("context_id"),
        string__translations__locale_id__in=list(codes),
    ).values_list("source_id", "string__translations__locale_id", "string__data", "string__translations__data")
    counts = {}
    for source_id, locale_id, english, translated in rows:
        if mismatches(english, translated, codes[locale_id]):
            counts[(source_id, locale_id)] = counts.get((source_id, locale_id), 0) + 1
    return counts
