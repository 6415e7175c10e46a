"""Facet counts of a search: per facet, its values among the hits with their number of hits.

The facets themselves are declared in ``facets.py``; this counts them, one grouped query per model.
"""

from django.db.models import Count

from wagtail.models import Page

from . import facets
from .ranking import hit_ids

MAX_FACET_VALUES = 30
# Above this many hits, facet counts match the text again rather than list the ids (a query
# holds at most 65,535 parameters, and a long list costs more than the match).
MAX_LISTED_IDS = 5000


def models_of(by_content_type):
    from django.contrib.contenttypes.models import ContentType

    return {ContentType.objects.get_for_id(content_type_id).model_class() for content_type_id in by_content_type}


def facet_models_with_hits(params, by_content_type):
    """The page models a facet count can find hits of, or None for "any".

    Every facet but the type keeps the type filter, so only the chosen types' models can
    count; with no facet value chosen, only models among the query's hits can.
    """
    models = None
    if params.types:
        models = {model for type_name in params.types for model in facets.models_of_type(type_name)}
    if not params.facet_values:
        with_hits = models_of(by_content_type)
        models = with_hits if models is None else models & with_hits
    return models


def count_types(by_content_type, params):
    from django.contrib.contenttypes.models import ContentType

    counts = {}
    for content_type_id, n in by_content_type.items():
        row = {"content_type": content_type_id, "n": n}
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        type_name = facets.type_of_model(model) if model else facets.OTHER_TYPE
        counts[type_name] = counts.get(type_name, 0) + row["n"]
    return [
        (type_name, label, counts.get(type_name, 0), type_name in params.types)
        for type_name, label in facets.TYPE_LABELS.items()
        if counts.get(type_name) or type_name in params.types
    ]


def hit_pages(results, ranked=None):
    """A function of a page model giving the ``Page`` queryset of the hits among that model's pages.

    ``ranked``: the (id, content type) rows of exactly these ``results`` when already fetched
    (PostgreSQL): the ids are then listed, so the count does not match the text a second time.
    Otherwise the hits come from a subquery that runs the match again.
    """
    if ranked is None or len(ranked) > MAX_LISTED_IDS:
        return lambda model: Page.objects.filter(id__in=hit_ids(results)).order_by()
    from django.contrib.contenttypes.models import ContentType

    def of_model(model):
        content_types = set()
        for content_type_id in {content_type_id for _pk, content_type_id in ranked}:
            model_class = ContentType.objects.get_for_id(content_type_id).model_class()
            if model_class is not None and issubclass(model_class, model):
                content_types.add(content_type_id)
        ids = [pk for pk, content_type_id in ranked if content_type_id in content_types]
        return Page.objects.filter(id__in=ids).order_by()

    return of_model


def count_facet(name, hits_of, params, active_locale_id, present_models=None):
    """[(value, label, count, selected)] of a facet: one grouped query per model.

    ``hits_of``: from ``hit_pages``, the hits counted. ``present_models``: when given, the
    models that have hits at all; the others are skipped.
    """
    kind = facets.facet_kind(name)
    counts, labels = {}, {}
    for model, path in facets.facet_models(name):
        if present_models is not None and model not in present_models:
            continue
        prefix = model._meta.model_name
        hits = hits_of(model)
        if kind == "snippet":
            lookup = f"{prefix}__{path}"
            rows = (
                hits.filter(**{f"{lookup}__isnull": False})
                .values(f"{lookup}__slug", f"{lookup}__name", f"{lookup}__locale")
                .annotate(n=Count("id", distinct=True))
            )
            for row in rows:
                slug = row[f"{lookup}__slug"]
                counts[slug] = counts.get(slug, 0) + row["n"]
                if slug not in labels or row[f"{lookup}__locale"] == active_locale_id:
                    labels[slug] = row[f"{lookup}__name"]
        elif isinstance(path, tuple):  # a period: counted under each of its years
            first, last = (f"{prefix}__{part}" for part in path)
            for row in hits.filter(**{f"{first}__isnull": False}).values(first, last).annotate(n=Count("id")):
                for year in range(row[first], (row[last] or row[first]) + 1):
                    counts[str(year)] = counts.get(str(year), 0) + row["n"]
        else:
            lookup = f"{prefix}__{path}"
            for row in hits.filter(**{f"{lookup}__isnull": False}).values(lookup).annotate(n=Count("id")):
                counts[str(row[lookup])] = counts.get(str(row[lookup]), 0) + row["n"]
    if kind == "snippet":
        labels.update(localized_term_names(name, params.language_code, counts))
    elif kind == "choice":
        labels = {value: str(label) for value, label in facets.choice_labels(name).items()}
    elif kind == "year":
        labels = {value: value for value in counts}
    selected = params.facet_values.get(name, [])
    for value in selected:  # a chosen value with no hit still shows, with (0)
        if value in labels or kind == "year":
            counts.setdefault(value, 0)
            labels.setdefault(value, value)
    if kind == "year":
        ranked = sorted(counts.items(), key=lambda item: item[0], reverse=True)[:MAX_FACET_VALUES]
    else:
        ranked = sorted(counts.items(), key=lambda item: (-item[1], labels[item[0]]))[:MAX_FACET_VALUES]
    return [(value, labels[value], n, value in selected) for value, n in ranked if value in labels]


def localized_term_names(name, language_code, slugs):
    """{slug: name in the language} for a facet's terms; pages in every locale point at the source rows."""
    from portal.library import TAXONOMIES, term_names

    names = {}
    for model, path in facets.facet_models(name):
        term_model = model._meta.get_field(path).related_model
        if term_model in TAXONOMIES and slugs:
            known = term_names(term_model, language_code)
            names.update({slug: known[slug] for slug in slugs if slug in known})
    return names
