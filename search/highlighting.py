"""Snippets of the hits with the searched words marked: ``ts_headline`` on PostgreSQL, a regex elsewhere."""

import html
import re

from django.db import connection
from django.utils.safestring import mark_safe

from .backends import postgres_config_name

SNIPPET_WORDS = 30
SNIPPET_SOURCE_CHARS = 2000  # ts_headline's cost grows with the text: look at the beginning only
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use markers, swapped for <mark> after escaping


def highlight(text, terms):
    """Escape ``text`` and wrap whole-word prefixes of ``terms`` in <mark> (non-PostgreSQL)."""
    if not terms:
        return html.escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(term) for term in terms) + r")\w*", re.IGNORECASE)
    return html.escape(pattern.sub(lambda match: MARK_START + match.group(0) + MARK_END, text))


def marks_to_html(text):
    return mark_safe(  # noqa: S308 - text is escaped before the markers become tags
        html.escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


def headline_query(parsed, config):
    """Django's SearchQuery for ts_headline: any positive word or phrase of the parsed query."""
    from django.contrib.postgres.search import SearchQuery

    terms = [term for group in parsed.groups for term in group]
    queries = [
        SearchQuery(" ".join(term.words), config=config, search_type="phrase" if term.is_phrase else "plain")
        for term in terms
    ]
    combined = queries[0]
    for query in queries[1:]:
        combined |= query
    return combined


def build_snippets(hits, parsed):
    """One snippet per hit, from the index's plain text, in one query per language shown."""
    from modelsearch.conf import get_app_config

    IndexEntry = get_app_config().get_model("IndexEntry")
    if not hits:
        return
    by_id = {str(hit.page.id): hit for hit in hits}
    # Entries are keyed by (specific content type, object id): naming both uses that unique
    # index; the object id alone would read the whole table.
    content_types = {hit.page.content_type_id for hit in hits}
    entries = IndexEntry.objects.filter(content_type_id__in=content_types, object_id__in=list(by_id))
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchHeadline
        from django.db.models.functions import Substr

        for code in {hit.language.code for hit in hits}:
            ids = [key for key, hit in by_id.items() if hit.language.code == code]
            config = postgres_config_name(code)
            headline = SearchHeadline(
                Substr("body_text", 1, SNIPPET_SOURCE_CHARS),
                headline_query(parsed, config),
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=SNIPPET_WORDS,
                min_words=SNIPPET_WORDS // 2,
            )
            for object_id, text in (
                entries.filter(object_id__in=ids).annotate(snippet=headline).values_list("object_id", "snippet")
            ):
                if text:
                    by_id[object_id].snippet = marks_to_html(text)
    else:
        terms = [word for word in parsed.words if len(word) > 1]
        for object_id, text in entries.values_list("object_id", "body"):
            window = " ".join((text or "").split()[: SNIPPET_WORDS * 2])
            if window and object_id in by_id:
                by_id[object_id].snippet = mark_safe(  # noqa: S308 - highlight() escapes
                    highlight(window, terms).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
                )
