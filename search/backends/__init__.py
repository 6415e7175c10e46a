"""Language-aware search backends for Agora.

Which languages a query covers is set per request with :func:`searching_languages`;
by default a query covers the active language only.
"""

import contextlib
import contextvars
from functools import cache

from django.utils import translation

import snowballstemmer

from portal.languages import all_languages, source_language_code

_query_languages = contextvars.ContextVar("agora_search_languages", default=None)


def active_language_code():
    code = (translation.get_language() or source_language_code()).split("-")[0]
    return code


def query_language_codes():
    """The language codes the current query is analysed in (active language unless widened)."""
    return _query_languages.get() or (active_language_code(),)


@contextlib.contextmanager
def searching_languages(codes):
    """Analyse queries run inside the block in each of ``codes`` (used for "all languages")."""
    token = _query_languages.set(tuple(codes))
    try:
        yield
    finally:
        _query_languages.reset(token)


def postgres_config_name(code):
    """Name of the accent-folding text-search configuration Agora creates for a language."""
    return f"agora_{code}"


def base_search_config(code):
    for language in all_languages():
        if language.code == code:
            return language.search_config
    return "simple"


@cache
def snowball_stemmer(code):
    """The Snowball stemmer named by the language's PostgreSQL configuration, or None (Latvian: simple)."""
    algorithm = base_search_config(code)
    return snowballstemmer.stemmer(algorithm) if algorithm in snowballstemmer.algorithms() else None


_locale_codes = {}


def language_code_for_locale(locale_id):
    """Language code of a Wagtail locale id, cached for the life of the process."""
    if locale_id not in _locale_codes:
        from wagtail.models import Locale

        _locale_codes.update(Locale.objects.values_list("id", "language_code"))
    return _locale_codes.get(locale_id, "").split("-")[0]
