from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@never_cache
def search(request):
    """Site search in the active language. Issue-level features (facets, logs) build on this."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        # Untranslated (alias) pages repeat their source's text: search finds the source instead.
        aliases = Page.objects.filter(alias_of__isnull=False).values("id")
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(id__in=aliases)
        results = pages.search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": page_of_results},
    )
