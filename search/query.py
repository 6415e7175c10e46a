"""The query language readers type, parsed once; every backend renders the result.

=====================  ========================================
``"crisis communication"``  the phrase, its words next to each other
``cameras -facial``         pages with "cameras" and without "facial"
``drones OR cameras``       pages with either word (``OR`` in capitals)
anything else               plain text: words, all of them required
=====================  ========================================

:func:`parse` turns what was typed into a :class:`ReaderQuery` (terms and exclusions, no
characters left that any backend could read as syntax); :meth:`ReaderQuery.search_query`
gives modelsearch's query objects (``PlainText``, ``Phrase``, ``Or``, ``Not``, ``And``),
which each backend renders in its own syntax: PostgreSQL as a ``tsquery`` built from
quoted lexemes and ``phraseto_tsquery``, SQLite as an FTS5 expression with every token
quoted (``search/backends/sqlite.py``), Elasticsearch as ``match``/``match_phrase`` inside
``bool`` clauses. Highlights, autocomplete and the did-you-mean use the same parsed query.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from modelsearch.query import And, Not, Or, Phrase, PlainText

# A query names at most this many words (the rest are dropped): each word costs a lexeme
# per language in the backend's query, and no reader needs more.
MAX_WORDS = 24
OR_KEYWORD = "OR"
_TOKEN = re.compile(r'-*"[^"]*"|[^\s"]+')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """One word, or a phrase: several words that must stand next to each other."""

    words: tuple

    @property
    def is_phrase(self):
        return len(self.words) > 1

    def search_query(self):
        return Phrase(" ".join(self.words)) if self.is_phrase else PlainText(self.words[0])

    def __str__(self):
        return f'"{" ".join(self.words)}"' if self.is_phrase else self.words[0]


@dataclass(frozen=True)
class ReaderQuery:
    """Every group must match; a group matches when any of its terms does; no excluded term may."""

    groups: tuple = ()  # of tuples of Term
    excluded: tuple = ()  # of Term
    words: tuple = field(default=(), compare=False)  # the positive words, in order

    def __bool__(self):
        return bool(self.groups)

    def search_query(self):
        """modelsearch's query for this one; None when nothing is searched for.

        Consecutive single words stay one ``PlainText`` (all required), so a query without
        syntax is ranked exactly as before the syntax existed.
        """
        if not self.groups:
            return None
        parts, plain = [], []
        for group in self.groups:
            if len(group) == 1 and not group[0].is_phrase:
                plain.append(group[0].words[0])
                continue
            if plain:
                parts.append(PlainText(" ".join(plain), operator="and"))
                plain = []
            terms = [term.search_query() for term in group]
            parts.append(terms[0] if len(terms) == 1 else Or(terms))
        if plain:
            parts.append(PlainText(" ".join(plain), operator="and"))
        parts.extend(Not(term.search_query()) for term in self.excluded)
        return parts[0] if len(parts) == 1 else And(parts)

    def replace_words(self, replacement):
        """The same query with each positive word ``w`` replaced by ``replacement(w)`` (exclusions kept)."""
        groups = tuple(tuple(Term(tuple(map(replacement, term.words))) for term in group) for group in self.groups)
        return make_query(groups, self.excluded)

    def __str__(self):
        """The query in the readers' syntax (what a did-you-mean link puts in ``q``)."""
        parts = [f" {OR_KEYWORD} ".join(str(term) for term in group) for group in self.groups]
        parts.extend(f"-{term}" for term in self.excluded)
        return " ".join(parts)


def make_query(groups, excluded):
    words = tuple(word for group in groups for term in group for word in term.words)
    return ReaderQuery(groups=tuple(groups), excluded=tuple(excluded), words=words)


def words_of(text):
    """The words in ``text`` (letters and digits of any script; everything else separates them)."""
    return tuple(word.lower() for word in _WORD.findall(unicodedata.normalize("NFC", text)))


def parse(text):
    """Parse what a reader typed. Never raises; a quote without its partner is plain text."""
    text = text.replace("\x00", " ")
    if text.count('"') % 2:  # the last quote has no partner: it is text, not syntax
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
    groups, excluded, budget = [], [], MAX_WORDS
    join_next = False
    for token in _TOKEN.findall(text):
        if token == OR_KEYWORD:
            join_next = bool(groups)
            continue
        negated = token.startswith("-")
        words = words_of(token.lstrip("-"))[:budget]
        if not words:
            continue  # a lone "-", punctuation, emoji: nothing to search for
        budget -= len(words)
        term = Term(words)
        if negated:
            excluded.append(term)
            join_next = False
        elif join_next:
            groups[-1] = (*groups[-1], term)
            join_next = False
        else:
            groups.append((term,))
        if budget <= 0:
            break
    return make_query(groups, excluded)
