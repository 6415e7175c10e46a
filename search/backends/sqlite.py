"""SQLite FTS5 search for the quick start, with the reader's language's stemming.

FTS5 indexes words as they are written (its unicode61 tokenizer folds accents and case,
nothing more). So that "assessments" finds "assessment", "évaluations" finds
"évaluation" and "Maßnahme" finds "Maßnahmen", each query word becomes a prefix query
on its Snowball stem in the language searched: the word cut to its stem's length
("maßnahm"*, which keeps letters the stemmer rewrites, like ß). The stemmer is the one
named by the language's PostgreSQL configuration in ``AGORA_LANGUAGES``; Latvian, on
``simple`` there, matches words as typed here too.

The query arrives parsed (:mod:`search.query`): a phrase becomes FTS5's ``"w1"* + "w2"*``
(each word's stem prefix, in order), an exclusion ``NOT``, ``OR`` an ``OR``. Every token
is quoted, with inner quotes doubled, so no character a reader types is FTS5 syntax.
"""

from functools import reduce

from modelsearch.backends.database.sqlite.query import BM25, Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText

from . import query_language_codes, snowball_stemmer

# A stem this short would match too much as a prefix: such words match as typed.
MIN_PREFIX = 3
# bm25() weights of the FTS table's columns (autocomplete, body, title): a page named after
# the words comes first, as a reader expects (chosen on the relevance set: 71 of 75 cases).
COLUMN_WEIGHTS = (0.0, 0.3, 20.0)


def word_prefixes(word, codes):
    """The prefixes a query word matches in the given languages (the word itself when none stems it)."""
    folded = word.lower()
    prefixes = set()
    for code in codes:
        stemmer = snowball_stemmer(code)
        stem = stemmer.stemWord(folded) if stemmer else folded
        for spelling in {folded, folded.replace("ss", "ß")}:  # a reader without ß types ss; FTS5 keeps ß
            prefixes.add(spelling[: len(stem)] if MIN_PREFIX <= len(stem) < len(spelling) else spelling)
    return sorted(prefixes)


class QuotedLexeme(Lexeme):
    """A word or prefix as an FTS5 string: inner double quotes doubled, so it is never syntax."""

    def as_sql(self, compiler, connection):
        value = '"' + self.value.replace('"', '""') + '"' + ("*" if self.prefix else "")
        return "%s", [value]


class PhraseLexeme(Lexeme):
    """FTS5 phrase of quoted tokens joined by ``+``: the tokens next to each other, in order."""

    def __init__(self, tokens):
        self.tokens = tokens  # [(text, is prefix)]
        super().__init__(" ".join(text for text, _prefix in tokens))

    def as_sql(self, compiler, connection):
        parts = ['"' + text.replace('"', '""') + '"' + ("*" if prefix else "") for text, prefix in self.tokens]
        return "%s", [" + ".join(parts)]


def phrase_token(word, codes):
    """A phrase word as one FTS5 token: its stem prefix when the languages agree on one, else as typed."""
    prefixes = word_prefixes(word, codes)
    folded = word.lower()
    if len(prefixes) == 1:
        return prefixes[0], prefixes[0] != folded
    return folded, False


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class BlankQueryMixin:
    """A query of no words finds nothing: the vendor built an FTS5 ``MATCH`` of nothing and
    failed (``/api/v2/images/?search=%20`` was a 500, found by the fuzzer on SQLite)."""

    def search(self, config, start, stop, score_field=None):
        if isinstance(self.query, PlainText) and not self.query.query_string.split():
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)


class StemmingSearchQueryCompiler(BlankQueryMixin, SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # The vendor adds the same unweighted bm25() once per column, so a title counts no more than the body.
        return WeightedBM25()

    def build_search_query_content(self, query, config=None):
        if isinstance(query, Phrase):
            codes = query_language_codes()
            tokens = [phrase_token(word, codes) for word in query.query_string.split()]
            return SearchQueryExpression(PhraseLexeme(tokens), config=config) if tokens else None
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        codes = query_language_codes()
        words = query.query_string.split()
        if not words:
            return None
        lexemes = []
        for word in words:
            alternatives = [
                QuotedLexeme(prefix, prefix=prefix != word.lower()) for prefix in word_prefixes(word, codes)
            ]
            lexemes.append(reduce(lambda a, b: a | b, alternatives))
        combine = (lambda a, b: a & b) if query.operator.upper() == "AND" else (lambda a, b: a | b)
        return SearchQueryExpression(reduce(combine, lexemes), config=config)


class QuotedAutocompleteQueryCompiler(BlankQueryMixin, SQLiteAutocompleteQueryCompiler):
    """Autocomplete as the vendor's (the last word a prefix), every word quoted: a double quote is text."""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = [word.lower() for word in query.query_string.split()]
        if not words:
            return None
        lexemes = [QuotedLexeme(word) for word in words[:-1]] + [QuotedLexeme(words[-1], prefix=True)]
        combine = (lambda a, b: a & b) if query.operator.upper() == "AND" else (lambda a, b: a | b)
        return SearchQueryExpression(reduce(combine, lexemes), config=config)


class AgoraSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSearchQueryCompiler
    autocomplete_query_compiler_class = QuotedAutocompleteQueryCompiler
