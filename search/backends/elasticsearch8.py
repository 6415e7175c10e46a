"""Elasticsearch 8 backend: one analysed text field per language, documents routed by locale.

Each page's searchable text goes to ``_all_text_<code>`` (analyser ``agora_<code>``) besides
Wagtail's ``_all_text``; a query searches the field of each language it covers.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField
from modelsearch.query import And, Not, Or, Phrase, PlainText

from portal.languages import all_languages

from . import language_code_for_locale, query_language_codes

# Elasticsearch's built-in language analysers; any other language gets a custom analyser
# built from its stemmer (Latvian has a stemmer but no analyser).
BUILT_IN_ANALYZERS = {
    "arabic", "armenian", "basque", "bengali", "brazilian", "bulgarian", "catalan", "cjk", "czech",
    "danish", "dutch", "english", "estonian", "finnish", "french", "galician", "german", "greek",
    "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian", "norwegian",
    "persian", "portuguese", "romanian", "russian", "sorani", "spanish", "swedish", "turkish", "thai",
}  # fmt: skip


def language_field(code):
    return f"_all_text_{code}"


def analyzer_name(code):
    return f"agora_{code}"


def analysis_settings():
    """The ``analysis`` index settings: ``agora_<code>`` for every language in AGORA_LANGUAGES."""
    analyzers, filters = {}, {}
    for language in all_languages():
        name = analyzer_name(language.code)
        if language.es_analyzer in BUILT_IN_ANALYZERS:
            analyzers[name] = {"type": language.es_analyzer}
        else:
            stemmer = f"{language.code}_stemmer"
            filters[stemmer] = {"type": "stemmer", "language": language.es_analyzer}
            analyzers[name] = {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", stemmer, "asciifolding"],
            }
    return {"analyzer": analyzers, "filter": filters}


class LanguageMapping(Elasticsearch8Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        mapping["properties"]["_language"] = {"type": "keyword"}
        for language in all_languages():
            mapping["properties"][language_field(language.code)] = {
                "type": "text",
                "analyzer": analyzer_name(language.code),
            }
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        locale_id = getattr(obj, "locale_id", None)
        code = language_code_for_locale(locale_id) if locale_id is not None else ""
        if code:
            texts = []
            for field in self.model.get_search_fields():
                if isinstance(field, SearchField):
                    value = document.get(self.get_field_column_name(field))
                    if isinstance(value, list):
                        texts.extend(str(item) for item in value if item)
                    elif value:
                        texts.append(str(value))
            document["_language"] = code
            document[language_field(code)] = "\n".join(texts)
        return document


class LanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping

    def get_inner_query(self):
        """A reader's query (search/query.py) over every searched field at once.

        The vendor compiles an ``And``/``Or``/``Not`` once per field and keeps the best field
        (``dis_max``), so an excluded word found only in the title would not exclude the
        page: here each word or phrase is one ``multi_match`` over all the fields, and
        exclusions are ``bool.must_not`` of the whole query.
        """
        if isinstance(self.query, (And, Or, Not)):
            return self._compile_reader_query(self.query, self.remapped_fields)
        return super().get_inner_query()

    def _compile_reader_query(self, query, fields):
        if isinstance(query, PlainText):
            return self._compile_plaintext_query(query, fields)
        if isinstance(query, Phrase):
            return self._compile_phrase_query(query, fields)
        if isinstance(query, Or):
            return {"bool": {"should": [self._compile_reader_query(q, fields) for q in query.subqueries]}}
        if isinstance(query, Not):
            return {"bool": {"must_not": [self._compile_reader_query(query.subquery, fields)]}}
        if isinstance(query, And):
            must = [self._compile_reader_query(q, fields) for q in query.subqueries if not isinstance(q, Not)]
            must_not = [self._compile_reader_query(q.subquery, fields) for q in query.subqueries if isinstance(q, Not)]
            clauses = {"must": must}
            if must_not:
                clauses["must_not"] = must_not
            return {"bool": clauses}
        return super()._join_and_compile_queries(query, fields)

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        # Search the analysed field of each language instead of the standard-analysed _all_text.
        languages = [Field(language_field(code)) for code in query_language_codes()]
        return languages + [field for field in remapped if field.field_name != "_all_text"]


class LanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageIndex(Elasticsearch8Index):
    pass


class AgoraElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = Elasticsearch8SearchResults

    def __init__(self, params):
        super().__init__(params)
        self.settings = deepcopy(self.settings)
        analysis = self.settings["settings"]["analysis"]
        extra = analysis_settings()
        analysis["analyzer"].update(extra["analyzer"])
        analysis.setdefault("filter", {}).update(extra["filter"])


SearchBackend = AgoraElasticsearch8SearchBackend
