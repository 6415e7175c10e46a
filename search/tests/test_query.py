"""The readers' query language (search/query.py): parsed once, the same on every backend.

The parser is pure; the behaviour tests run on the database under test, and
``scripts/test.sh`` runs this module on SQLite too (marker ``both_backends``).
"""

import re

from modelsearch.query import And, Not, Phrase, PlainText

import pytest

from search.query import MAX_WORDS, Term, parse
from search.tests.factories import text_page

pytestmark = pytest.mark.both_backends

HOSTILE = [
    '"',
    'a"b',
    '""',
    '"unbalanced phrase',
    "NEAR(a b)",
    "a AND b",
    "OR",
    "a OR",
    "OR b",
    "NOT a",
    "*",
    "a*",
    "^a",
    "title:a",
    "-",
    "- -",
    "--a",
    "(a",
    "a)",
    "a\x00b",
    "🚨📹",
    "Καμερες и камеры",
    "'; DROP TABLE x; --",
    "\\",
    "a" * 2000,
    " ".join(["word"] * 200),
]


def describe(query):
    """A short text of a modelsearch query tree, to compare in assertions."""
    if isinstance(query, PlainText):
        return f"words({query.query_string})"
    if isinstance(query, Phrase):
        return f"phrase({query.query_string})"
    if isinstance(query, Not):
        return f"not({describe(query.subquery)})"
    name = "and" if isinstance(query, And) else "or"
    return f"{name}({', '.join(describe(q) for q in query.subqueries)})"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cameras", "words(cameras)"),
        ("Crisis   Communication", "words(crisis communication)"),
        ('"crisis communication"', "phrase(crisis communication)"),
        ("cameras -facial", "and(words(cameras), not(words(facial)))"),
        ('cameras -"facial recognition"', "and(words(cameras), not(phrase(facial recognition)))"),
        ("drones OR cameras", "or(words(drones), words(cameras))"),
        ("plan drones OR cameras", "and(words(plan), or(words(drones), words(cameras)))"),
        ('"crisis communication" OR evacuation', "or(phrase(crisis communication), words(evacuation))"),
        ("drones or cameras", "words(drones or cameras)"),  # lower-case "or" is a word
        ("e-mail", "phrase(e mail)"),  # words joined by punctuation stand together
        ("l'évaluation", "phrase(l évaluation)"),
        ('a"b', "words(a b)"),  # an unpartnered quote is text
        ('"unbalanced phrase', "words(unbalanced phrase)"),
        ("NEAR(a b)", "and(phrase(near a), words(b))"),
        ("a AND b", "words(a and b)"),
        ("OR b", "words(b)"),
        ("a OR", "words(a)"),
        ("a OR -b", "and(words(a), not(words(b)))"),
        ("title:a^2*", "phrase(title a 2)"),
        ("a\x00b", "words(a b)"),
    ],
)
def test_what_a_reader_types_becomes_one_query_tree(typed, expected):
    assert describe(parse(typed).search_query()) == expected


@pytest.mark.parametrize("typed", ["", "-", "- -", "-cameras", '-"facial recognition"', "🚨📹", '""', "OR", "*"])
def test_nothing_to_search_for_gives_an_empty_query(typed):
    parsed = parse(typed)
    assert not parsed
    assert parsed.search_query() is None


@pytest.mark.parametrize("typed", HOSTILE)
def test_parsed_words_hold_only_letters_and_digits(typed):
    parsed = parse(typed)
    for word in parsed.words:
        assert re.fullmatch(r"\w+", word), word
    assert len(parsed.words) <= MAX_WORDS


@pytest.mark.parametrize(
    "typed",
    ["cameras", '"crisis communication" OR evacuation -drones', "plan drones OR cameras", 'x -"a b"'],
)
def test_a_parsed_query_prints_back_in_the_readers_syntax(typed):
    assert parse(str(parse(typed))) == parse(typed)


def test_replacing_words_keeps_the_syntax_and_the_exclusions():
    parsed = parse('"crisis comunication" OR evacuaton -drones')
    fixed = {"comunication": "communication", "evacuaton": "evacuation", "drones": "never"}
    corrected = parsed.replace_words(lambda word: fixed.get(word, word))
    assert str(corrected) == '"crisis communication" OR evacuation -drones'
    assert corrected.groups[0][0] == Term(("crisis", "communication"))


# --- on the database under test ----------------------------------------------------------


@pytest.fixture
def library(site_tree):
    pages = {
        "phrase": ("Crisis communication plan", "How to plan crisis communication before an event."),
        "apart": ("When a crisis strikes", "Communication during a crisis needs a clear voice."),
        "cameras": ("Cameras in squares", "Fixed cameras watch the square at night."),
        "facial": ("Facial recognition cameras", "Cameras that run facial recognition on crowds."),
        "drones": ("Drones over crowds", "Drones give stewards a view from above."),
        "sirens": ("Sirens and alerts", "Sirens warn people of a danger nearby."),
    }
    return {key: text_page(site_tree, "en", title, text, slug=key) for key, (title, text) in pages.items()}


def result_titles(client, query, path="/en/search/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return re.findall(r'search-results__title"><a href="[^"]*">([^<]*)', response.content.decode())


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ('"crisis communication"', {"Crisis communication plan"}, {"When a crisis strikes"}),
        ("crisis communication", {"Crisis communication plan", "When a crisis strikes"}, set()),
        ("cameras -facial", {"Cameras in squares"}, {"Facial recognition cameras"}),
        ('cameras -"facial recognition"', {"Cameras in squares"}, {"Facial recognition cameras"}),
        ("drones OR sirens", {"Drones over crowds", "Sirens and alerts"}, {"Cameras in squares"}),
        ("drones sirens", set(), {"Drones over crowds", "Sirens and alerts"}),
        (
            '"crisis communication" OR drones',
            {"Crisis communication plan", "Drones over crowds"},
            {"When a crisis strikes"},
        ),
    ],
)
@pytest.mark.usefixtures("library")
@pytest.mark.django_db
def test_search_syntax_finds_what_it_says(client, query, found, not_found):
    titles = set(result_titles(client, query))
    assert found <= titles
    assert not (not_found & titles)


@pytest.mark.usefixtures("library")
@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_syntax_is_text_on_search_and_autocomplete(client, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200
    response = client.get("/en/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


@pytest.mark.parametrize("url", ["/en/search/?q=%22", "/en/search/?q=a%22b", "/en/search/autocomplete/?q=a%22b"])
@pytest.mark.usefixtures("library")
@pytest.mark.django_db
def test_the_three_urls_that_answered_500_on_the_quick_start(client, url):
    # Issue 16: SQLite FTS5 read the quote as syntax ("unterminated string").
    assert client.get(url).status_code == 200


@pytest.mark.usefixtures("library")
@pytest.mark.django_db
def test_highlights_mark_the_phrase_and_never_the_excluded_word(client):
    html = client.get("/en/search/", {"q": '"crisis communication" -voice'}).content.decode()
    snippets = re.findall(r'search-results__snippet">(.*?)</p>', html, re.S)
    assert snippets
    assert any("<mark>" in snippet for snippet in snippets)
    assert "<mark>voice" not in html.lower()


@pytest.mark.usefixtures("library")
@pytest.mark.django_db
def test_typo_correction_keeps_the_phrase(client):
    html = client.get("/en/search/", {"q": '"crisis comunication"'}).content.decode()
    assert "Showing results for “&quot;crisis communication&quot;”" in html
    assert "Crisis communication plan" in html


@pytest.mark.usefixtures("library")
@pytest.mark.django_db
def test_autocomplete_uses_the_words_of_the_parsed_query(client):
    titles = [hit["title"] for hit in client.get("/en/search/autocomplete/", {"q": '"drones ov'}).json()["results"]]
    assert titles == ["Drones over crowds"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("search", [" ", "\t", '"', "-"])
def test_a_blank_api_search_is_no_server_error(client, site_tree, endpoint, search):
    # Found by the fuzzer on SQLite: a search of no words reached FTS5 as an empty MATCH.
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code == 200
    assert isinstance(response.json()["items"], list)
