"""The pages a search looks at: live, public, in the requested languages, narrowed by the chosen facets."""

from django.db.models import Q

from wagtail.models import Locale, Page

from . import facets


def searchable_pages(params):
    """Live, public, non-alias pages in the requested languages (aliases repeat their source)."""
    aliases = Page.objects.filter(alias_of__isnull=False).values("id")
    pages = Page.objects.live().public().exclude(id__in=aliases)
    if not params.all_languages:
        pages = pages.filter(locale__in=Locale.objects.filter(language_code=params.language_code).values("id"))
    return pages


def filter_pages(pages, params, skip=None):
    """Apply the type and snippet facets, except ``skip`` (to count that facet's values)."""
    if params.types and skip != "type":
        models = [model for type_name in params.types for model in facets.models_of_type(type_name)]
        matching = Page.objects.filter(content_type__in=content_types_of(models)).values("id")
        pages = pages.filter(id__in=matching)
    for name, values in params.facet_values.items():
        if name == skip:
            continue
        # One id subquery per model holding the facet, OR'ed: each is computed once (a hashed
        # subplan); a single OR across LEFT JOINs of every model was re-evaluated per hit.
        condition = Q(id__in=[])
        for lookup in facets.page_lookups(name):
            matching = Page.objects.filter(facet_condition(facets.facet_kind(name), lookup, values)).values("id")
            condition |= Q(id__in=matching)
        pages = pages.filter(condition)
    return pages


def facet_condition(kind, lookup, values):
    """A ``Q`` on ``Page`` matching the pages whose facet value (via ``lookup``) is one of ``values``."""
    if kind == "snippet":
        return Q(**{f"{lookup}__slug__in": values})
    if kind == "year" and isinstance(lookup, tuple):
        first, last = lookup
        condition = Q()
        for year in map(int, values):
            # A period covers every year from its first to its last; no last year: a single year.
            condition |= Q(**{f"{first}__lte": year}) & (
                Q(**{f"{last}__gte": year}) | Q(**{f"{last}__isnull": True, first: year})
            )
        return condition
    return Q(**{f"{lookup}__in": values})


def content_types_of(models):
    from django.contrib.contenttypes.models import ContentType

    return [ContentType.objects.get_for_model(model, for_concrete_model=False).id for model in models]
