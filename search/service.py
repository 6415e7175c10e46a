"""What the search page does, without the HTTP: run a query with filters, facets, snippets.

The number of SQL queries is fixed by the facet table and the languages on the page,
never by the number of hits.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from wagtail.models import Locale, Page

from portal.languages import all_languages

from . import facets
from .backends import searching_languages
from .facet_counts import count_facet, count_types, facet_models_with_hits, hit_pages
from .highlighting import build_snippets
from .pages import filter_pages, searchable_pages
from .params import SearchParams
from .ranking import hits_by_content_type, ranked_hits, run_query
from .suggestions import promotions_for, suggest

RESULTS_PER_PAGE = 10


@dataclass
class Hit:
    page: Page
    type_name: str
    type_label: str
    language: object  # portal.languages.Language, shown when it differs from the active one
    snippet: str = ""


@dataclass
class SearchOutcome:
    params: SearchParams
    results: object = None  # django Page of Hit
    count: int = 0
    facet_counts: dict = field(default_factory=dict)  # name → [(value, label, count, selected)]
    promotions: list = field(default_factory=list)
    corrected_query: str = ""  # the query actually run, when the typed one found nothing


def search(params, per_page=RESULTS_PER_PAGE):
    """Run the search page's query: a page of hits with snippets, facet counts, promotions."""
    outcome = SearchOutcome(params=params)
    if not params.query:
        return outcome
    languages = {language.code: language for language in all_languages()}
    locales = dict(Locale.objects.values_list("id", "language_code"))
    active_locale_id = next((pk for pk, code in locales.items() if code == params.language_code), None)
    query = params.parsed
    if not query:  # nothing to look for: only exclusions, or no word at all ("-", "…")
        outcome.promotions = promotions_for(params.query, params.language_code)
        return outcome
    with searching_languages(params.language_codes()):
        pages = searchable_pages(params)
        results = run_query(filter_pages(pages, params), query, params.sort)
        ordered, by_content_type = ranked_hits(results)
        count = sum(by_content_type.values())
        if count == 0:
            correction = suggest(query, params.language_code)
            if correction:
                corrected = run_query(filter_pages(pages, params), correction, params.sort)
                corrected_ordered, corrected_by_type = ranked_hits(corrected)
                if corrected_by_type:
                    query, results, by_content_type = correction, corrected, corrected_by_type
                    ordered = corrected_ordered
                    count = sum(by_content_type.values())
                    outcome.corrected_query = str(correction)
        outcome.count = count
        paginator = Paginator(ordered, per_page)
        paginator.count = count  # already known: no second COUNT
        try:
            page_of_results = paginator.page(params.page_number)
        except (PageNotAnInteger, EmptyPage):
            page_of_results = paginator.page(1)
        hits = []
        for page in page_of_results.object_list:
            model = page.specific_class or Page
            type_name = facets.type_of_model(model)
            code = locales.get(page.locale_id, params.language_code)
            hits.append(Hit(page, type_name, facets.TYPE_LABELS[type_name], languages.get(code)))
        page_of_results.object_list = hits
        outcome.results = page_of_results
        if count or params.types or params.facet_values:
            present_models = facet_models_with_hits(params, by_content_type)
            if params.types:  # the type facet counts the hits of every type
                type_results = run_query(filter_pages(pages, params, skip="type"), query, params.sort)
                by_content_type = hits_by_content_type(type_results)
            outcome.facet_counts["type"] = count_types(by_content_type, params)
            for name in facets.FACETS:
                if not facets.page_lookups(name):
                    continue
                if name in params.facet_values:  # counted without its own filter: another hit set
                    hits_of = hit_pages(run_query(filter_pages(pages, params, skip=name), query, params.sort))
                else:  # the same hits as the results
                    hits_of = hit_pages(results, getattr(ordered, "rows", None))
                outcome.facet_counts[name] = count_facet(
                    name, hits_of, params, active_locale_id, present_models=present_models
                )
        build_snippets(hits, query)
    outcome.promotions = promotions_for(params.query, params.language_code)
    return outcome
