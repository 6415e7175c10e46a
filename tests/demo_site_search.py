"""The search checks of the demo site in eight languages (tests/test_demo_site.py runs them on the loaded
demo): the relevance set, promotions, hostile syntax, quoted phrases first."""

import unicodedata

from django.db import connection
from django.utils import translation

from localization.po_quality import glossary_identicals
from portal.languages import language_codes, source_language_code
from search import service
from search.backends import snowball_stemmer
from search.params import SearchParams
from search.query import words_of
from search.tests.relevance import CASES, FIRST


def check_relevance_set(**_fixtures):
    failures = []
    vendor = connection.vendor
    for code, cases in CASES.items():
        with translation.override(code):
            for case in cases:
                if vendor not in case["vendors"]:
                    continue
                outcome = service.search(SearchParams(query=case["query"], language_code=code), per_page=3)
                top = [hit.page.title for hit in outcome.results] if outcome.results else []
                missing = [title for title in case["top3"] if title not in top]
                if missing:
                    failures.append(f"[{code}] {case['query']!r} ({case['why']}): top 3 {top}, missing {missing}")
    for code, cases in FIRST.items():
        with translation.override(code):
            for query, title, why, vendors in cases:
                if vendor not in vendors:
                    continue
                outcome = service.search(SearchParams(query=query, language_code=code), per_page=3)
                top = [hit.page.title for hit in outcome.results] if outcome.results else []
                if not top or top[0] != title:
                    failures.append(f"[{code}] {query!r} ({why}): first {top[:1]}, expected {title!r}")
    return failures


def check_promotions_in_every_language(**_fixtures):
    """Each demo promotion is in every language, with that language's query, on that language's page."""
    from search.models import Promotion

    failures = []
    english = Promotion.objects.filter(locale__language_code=source_language_code())
    if not english.exists():
        failures.append("no demo promotion")
    for promotion in english:
        for code in language_codes():
            translated = Promotion.objects.filter(
                locale__language_code=code, page__translation_key=promotion.page.translation_key
            ).first()
            if translated is None:
                failures.append(f"no {code} promotion of {promotion.page.title!r}")
                continue
            kept = {term.casefold() for term in glossary_identicals(code)}  # "Security by Design" in de, nl
            if code != source_language_code() and translated.query == promotion.query and promotion.query not in kept:
                failures.append(f"the {code} promotion of {promotion.page.title!r} keeps the English query")
            with translation.override(code):
                outcome = service.search(SearchParams(query=translated.query, language_code=code))
            if [shown.page_id for shown in outcome.promotions] != [translated.page_id]:
                failures.append(f"[{code}] {translated.query!r} does not show its promotion")
    return failures


# What readers type that a full-text engine may read as syntax (FTS5 on SQLite especially).
HOSTILE_QUERIES = ['"', 'a"b', '"crisis communication', "a*", "(", ")", "NOT", "a OR", "AND b", "-", "^", ":", "NEAR("]


def check_search_syntax_is_text(client, **_fixtures):
    """Search and autocomplete answer every query with a page, never a server error, in every language."""
    failures = []
    for code in language_codes():
        for query in HOSTILE_QUERIES:
            for path in (f"/{code}/search/", f"/{code}/search/autocomplete/"):
                response = client.get(path, {"q": query})
                if response.status_code != 200:
                    failures.append(f"{path}?q={query!r} answers {response.status_code}")
    return failures


# A phrase in quotes, per language: the first hit contains it, words together and in order.
QUOTED_PHRASES = {
    "en": ["crisis communication", "public spaces"],
    "fr": ["communication de crise", "reconnaissance faciale", "espaces publics"],
    "de": ["öffentlichen Raum", "Security by Design"],
    "es": ["comunicación de crisis"],
    "it": ["comunicazione di crisi"],
    "el": ["αναγνώριση προσώπου"],
    "lv": ["krīzes komunikācija"],
    "nl": ["openbare ruimte"],
}


def check_quoted_phrases_come_first(**_fixtures):
    from modelsearch.conf import get_app_config

    index_entries = get_app_config().get_model("IndexEntry").objects
    failures = []
    for code, phrases in QUOTED_PHRASES.items():
        for phrase in phrases:
            with translation.override(code):
                outcome = service.search(SearchParams(query=f'"{phrase}"', language_code=code), per_page=1)
            if not outcome.results:
                failures.append(f'[{code}] "{phrase}" finds nothing')
                continue
            page = outcome.results[0].page
            entry = index_entries.filter(object_id=str(page.pk)).first()
            if not contains_phrase(f"{page.title} {entry.body if entry else ''}", phrase, code):
                failures.append(f'[{code}] "{phrase}": the first hit, {page.title!r}, does not contain the phrase')
    return failures


def contains_phrase(text, phrase, code):
    """Whether ``text`` has the phrase's words next to each other, in order, inflected or not
    ("espaces publics" is in "l'espace public"): each word compared by its Snowball stem in the
    language, accents folded, as both backends match a phrase."""
    stemmer = snowball_stemmer(code)

    def fold(word):
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).casefold()

    def stem(word):
        return fold(stemmer.stemWord(word) if stemmer else word)

    wanted = [stem(word) for word in words_of(phrase)]
    words = words_of(text)
    for start in range(len(words) - len(wanted) + 1):
        window = words[start : start + len(wanted)]
        if all(stem(word) == want or fold(word).startswith(want) for word, want in zip(window, wanted, strict=True)):
            return True
    return False
