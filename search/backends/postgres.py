"""PostgreSQL search that indexes each page in its own language and queries in the reader's.

Each language gets a text-search configuration ``agora_<code>``: a copy of the one named in
``AGORA_LANGUAGES`` (``simple`` for Latvian) whose word mapping runs ``unaccent`` before the
stemmer, so "camera" finds "caméras". :mod:`search.signals` creates them after ``migrate``.
"""

import copy
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Phrase

from . import language_code_for_locale, postgres_config_name, query_language_codes

AUTOCOMPLETE_CONFIG = postgres_config_name("simple")


def config_for_object(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return postgres_config_name("simple")
    return postgres_config_name(language_code_for_locale(locale_id) or "simple")


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The vendor indexer reads backend.config: index each locale's objects with a copy of
        # the backend carrying that locale's configuration (a fresh index serves every call).
        backend = self.backend
        by_config = {}
        for obj in objs:
            by_config.setdefault(config_for_object(obj), []).append(obj)
        try:
            for config, group in by_config.items():
                self.backend = copy.copy(backend)
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = backend


class PhraseInversionMixin:
    """``Not(Phrase)`` excludes the phrase: the vendor drops the inversion of a phrase (it
    would find the very pages a reader asked to leave out with ``-"facial recognition"``)."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Phrase):
            phrase = SearchQuery(query.query_string, search_type="phrase", config=config)
            return ~phrase if invert else phrase
        return super().build_tsquery_content(query, config=config, invert=invert)


class MultiConfigMixin:
    """A config may be a tuple of configurations: the query matches in any of them."""

    def build_tsquery(self, query, config=None):
        if isinstance(config, tuple):
            return reduce(lambda a, b: a | b, (super(MultiConfigMixin, self).build_tsquery(query, c) for c in config))
        return super().build_tsquery(query, config=config)


class LanguageSearchQueryCompiler(PhraseInversionMixin, MultiConfigMixin, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        configs = tuple(postgres_config_name(code) for code in query_language_codes())
        return configs[0] if len(configs) == 1 else configs


class LanguageAutocompleteQueryCompiler(MultiConfigMixin, PostgresAutocompleteQueryCompiler):
    def get_config(self, backend):
        return AUTOCOMPLETE_CONFIG


class AgoraPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    index_class = LanguagePostgresIndex
    results_class = PostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = AUTOCOMPLETE_CONFIG


def ensure_text_search_configurations(using_connection=None):
    """Create (or refresh) ``agora_<code>`` for every language in ``AGORA_LANGUAGES``."""
    from portal.languages import all_languages

    conn = using_connection or connection
    if conn.vendor != "postgresql":
        return
    wanted = [("simple", "simple")] + [(lang.code, lang.search_config) for lang in all_languages()]
    with conn.cursor() as cursor:
        for code, base in wanted:
            name = postgres_config_name(code)
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE TEXT SEARCH CONFIGURATION "{name}" (COPY = "{base}")')
            # Fold accents before stemming; asciiword tokens have none to fold.
            stemmer = "simple" if base == "simple" else f"{base}_stem"
            cursor.execute(
                f'ALTER TEXT SEARCH CONFIGURATION "{name}" ALTER MAPPING FOR hword, hword_part, word '
                f"WITH unaccent, {stemmer}"
            )
