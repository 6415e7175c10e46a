"""What the search page offers besides its hits: did-you-mean, autocomplete, popular queries, promotions."""

import difflib
import re

from django.core.cache import cache
from django.db.models import Count

from .backends import searching_languages
from .models import MAX_QUERY_LENGTH, Promotion, normalise_query
from .pages import searchable_pages
from .params import SearchParams
from .query import parse

LEXICON_TIMEOUT = 600


def lexicon(language_code):
    """Words of the language's page titles, for did-you-mean (cached)."""
    key = f"search:lexicon:{language_code}"
    words = cache.get(key)
    if words is None:
        titles = searchable_pages(SearchParams(language_code=language_code)).values_list("title", flat=True)
        words = sorted({word.casefold() for title in titles for word in re.findall(r"\w{3,}", title)})
        cache.set(key, words, LEXICON_TIMEOUT)
    return words


def suggest(parsed, language_code):
    """The parsed query with each unknown word it searches for replaced by the closest title
    word (phrases and OR kept, exclusions as typed), or None if no word changed."""
    words = lexicon(language_code)
    known = set(words)

    def closest(word):
        folded = word.casefold()
        if folded in known or len(folded) < 4:
            return word
        close = difflib.get_close_matches(folded, words, n=1, cutoff=0.75)
        return close[0] if close else word

    corrected = parsed.replace_words(closest)
    return corrected if corrected != parsed else None


def promotions_for(query, language_code):
    return list(
        Promotion.objects.filter(
            locale__language_code=language_code, query=normalise_query(query), page__live=True
        ).select_related("page")
    )


def popular_queries(language_code, limit=5):
    """The most frequent queries that found something in a language over the last 30 days (cached)."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import LoggedQuery

    key = f"search:popular:{language_code}"
    popular = cache.get(key)
    if popular is None:
        since = timezone.now() - timedelta(days=30)
        popular = list(
            LoggedQuery.objects.filter(language_code=language_code, hits__gt=0, searched_at__gte=since)
            .values("query")
            .annotate(n=Count("id"))
            .order_by("-n", "query")
            .values_list("query", flat=True)[:limit]
        )
        cache.set(key, popular, LEXICON_TIMEOUT)
    return popular


def autocomplete(query, language_code, request=None, limit=8):
    """Titles of the language's pages that start with what was typed: [(title, url)].

    The words the parsed query searches for, the last one a prefix (exclusions and quotes
    do not narrow a suggestion list).
    """
    query = " ".join(parse(query[:MAX_QUERY_LENGTH]).words)
    if len(query) < 2:
        return []
    params = SearchParams(language_code=language_code)
    with searching_languages((language_code,)):
        pages = list(searchable_pages(params).autocomplete(query)[:limit])
    return [(page.title, page.get_url(request=request)) for page in pages]
