"""What the search page does, without the HTTP: run a query with filters, facets, snippets.

The number of SQL queries is fixed by the facet table and the languages on the page,
never by the number of hits.
"""

import difflib
import html
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import Count, Q
from django.utils.safestring import mark_safe

from wagtail.models import Locale, Page

from portal.languages import all_languages, language_codes

from . import facets
from .backends import postgres_config_name, searching_languages
from .models import MAX_QUERY_LENGTH, Promotion, normalise_query
from .query import parse

RESULTS_PER_PAGE = 10
SORTS = ("relevance", "date")
SNIPPET_WORDS = 30
SNIPPET_SOURCE_CHARS = 2000  # ts_headline's cost grows with the text: look at the beginning only
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use markers, swapped for <mark> after escaping
LEXICON_TIMEOUT = 600
MAX_FACET_VALUES = 30
# Above this many hits, facet counts match the text again rather than list the ids (a query
# holds at most 65,535 parameters, and a long list costs more than the match).
MAX_LISTED_IDS = 5000


@dataclass
class SearchParams:
    query: str = ""
    language_code: str = ""
    all_languages: bool = False
    types: list = field(default_factory=list)
    facet_values: dict = field(default_factory=dict)
    sort: str = "relevance"
    page_number: str = "1"

    @classmethod
    def from_querydict(cls, data, language_code):
        """Read and clamp the GET parameters; unknown values are dropped, never an error."""
        # PostgreSQL text cannot hold NUL: a forged "\x00" counts as a space (found by tests/test_fuzz.py).
        query = " ".join(data.get("q", "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]
        types = [value for value in data.getlist("type") if value in facets.TYPE_LABELS][:10]
        facet_values = {}
        for name in facets.FACETS:
            values = [value for value in data.getlist(name) if facet_value_is_valid(name, value)][:10]
            if values:
                facet_values[name] = values
        sort = data.get("sort") if data.get("sort") in SORTS else "relevance"
        return cls(
            query=query,
            language_code=language_code,
            all_languages=data.get("languages") == "all",
            types=types,
            facet_values=facet_values,
            sort=sort,
            page_number=data.get("page", "1")[:10],
        )

    def language_codes(self):
        return tuple(language_codes()) if self.all_languages else (self.language_code,)

    @property
    def parsed(self):
        """The query in the readers' syntax, parsed (search/query.py): what every step below uses."""
        return parse(self.query)


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


def facet_value_is_valid(name, value):
    """Whether a GET value can be a value of the facet (an unknown one is dropped, not an error)."""
    kind = facets.facet_kind(name)
    if kind == "year":
        return bool(re.fullmatch(r"\d{4}", value))
    if kind == "choice":
        return value in facets.choice_labels(name)
    return len(value) <= 100 and bool(re.fullmatch(r"[-\w]+", value))


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
