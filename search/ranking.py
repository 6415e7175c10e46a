"""Running a parsed query: the ranked hits, their ids, and their number per content type."""

from django.db import connection
from django.db.models import Count

from wagtail.models import Page


def run_query(pages, parsed, sort):
    """The hits of a parsed query (never empty: the caller checks ``parsed`` first)."""
    search_query = parsed.search_query()
    if sort == "date":
        return pages.order_by("-first_published_at").search(search_query, order_by_relevance=False)
    return pages.search(search_query)


def hit_ids(results):
    """A subquery of the ids every hit of ``results`` has (for facet counts)."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    try:
        queryset = compiler.search(config, None, None, backend=results.backend)
    except TypeError:  # the SQLite compiler takes no backend
        queryset = compiler.search(config, None, None)
    return queryset.order_by().values("pk")


def hits_by_content_type(results):
    """{content type id: hits}: one grouped query gives the total and the type facet."""
    rows = Page.objects.filter(id__in=hit_ids(results)).order_by().values("content_type").annotate(n=Count("id"))
    return {row["content_type"]: row["n"] for row in rows}


class PagesInOrder:
    """The hits as ranked (id, content type) pairs; slicing loads only those pages (one query)."""

    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        ids = [pk for pk, _content_type in self.rows[key]]
        pages = Page.objects.in_bulk(ids)
        return [pages[pk] for pk in ids if pk in pages]


def ranked_hits(results):
    """(hits in order, {content type id: hits}).

    On PostgreSQL one query returns every hit's id and content type in rank order, so
    the ranking, the total and the type counts cost one full-text match instead of two;
    the shown page is then fetched by primary key. Elsewhere: a grouped count and the
    lazy ranked results.
    """
    if connection.vendor != "postgresql":
        return results, hits_by_content_type(results)
    compiler = results.query_compiler
    queryset = compiler.search(compiler.get_config(results.backend), None, None, backend=results.backend)
    rows = list(queryset.values_list("pk", "content_type"))
    by_content_type = {}
    for _pk, content_type_id in rows:
        by_content_type[content_type_id] = by_content_type.get(content_type_id, 0) + 1
    return PagesInOrder(rows), by_content_type
