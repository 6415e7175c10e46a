"""The search page and the header search box's autocomplete, over HTTP."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from . import facets, service, suggestions
from .backends import active_language_code
from .models import LoggedQuery, normalise_query
from .params import SearchParams


@never_cache
def search(request):
    """Site search in the active language, with facets as further query parameters."""
    params = SearchParams.from_querydict(request.GET, active_language_code())
    outcome = service.search(params)
    if params.query and params.page_number in {"", "1"}:
        # One row per search, not per page of results; autocomplete never logs.
        LoggedQuery.objects.create(
            language_code=params.language_code, query=normalise_query(params.query), hits=outcome.count
        )
    context = {
        "query": params.query,
        "params": params,
        "outcome": outcome,
        "results": outcome.results,
        "facet_labels": facets.FACET_LABELS,
        "popular_queries": (
            suggestions.popular_queries(params.language_code) if params.query and not outcome.count else []
        ),
    }
    return TemplateResponse(request, "search/search.html", context)


@never_cache
def autocomplete(request):
    """JSON suggestions for the header search box: [{"title", "url"}] in the active language."""
    titles = suggestions.autocomplete(request.GET.get("q", ""), active_language_code(), request=request)
    return JsonResponse({"results": [{"title": title, "url": url} for title, url in titles]})
