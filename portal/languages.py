"""The languages Agora speaks, read from the single ``AGORA_LANGUAGES`` setting.

Everything that differs per language lives in that setting: code, native name,
PostgreSQL text-search configuration, Elasticsearch analyser and the font that
covers its script. Code asks this module, never a hard-coded list.
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name for itself, as the switcher shows it
    english_name: str
    search_config: str  # PostgreSQL text-search configuration
    es_analyzer: str  # Elasticsearch built-in language analyser
    font: str  # font family that covers the script, for pages and PDFs


def all_languages():
    return [Language(**entry) for entry in settings.AGORA_LANGUAGES]


def language_codes():
    return [entry["code"] for entry in settings.AGORA_LANGUAGES]


def source_language_code():
    return settings.AGORA_LANGUAGES[0]["code"]


def get_language_info(code):
    for language in all_languages():
        if language.code == code:
            return language
    raise LookupError(code)
