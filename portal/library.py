"""The knowledge library's index pages: filtered, counted, sorted and paginated listings.

``LibraryIndexPage`` is the abstract index page that the case-study and resource indexes
subclass; they do not import each other. Every filter is a GET parameter, so a listing
works without JavaScript and its URL says what it shows. Several values of one parameter
combine with OR, parameters combine with AND, and each facet's counts are computed for
the other facets' current filters. The number of queries does not depend on the number
of pages listed. See docs/library.md.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db import models
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal.languages import source_language_code
from portal.models import Country, Domain, SpaceType, Technology, Topic

SLUG_PATTERN = re.compile(r"^[-a-z0-9_]{1,80}$")
YEAR_PATTERN = re.compile(r"^[0-9]{4}$")
PAGE_PATTERN = re.compile(r"^[0-9]{1,5}$")
MAX_VALUES_PER_PARAMETER = 30
TAXONOMIES = (Domain, Topic, Technology, SpaceType, Country)
PER_PAGE = 12


# --- term names in the visitor's language, one cached query per taxonomy and language ---


def _names_cache_key(model, language_code):
    return f"library:term-names:{model._meta.label_lower}:{language_code}"


def term_names(model, language_code=None):
    """Slug → name of a taxonomy's terms in ``language_code`` (the active one by default).

    Terms not translated into that language keep their source-language name. Cached
    until a term of any taxonomy is saved or deleted; a cold cache costs one query for
    all taxonomies together.
    """
    language_code = language_code or get_language() or source_language_code()
    names = cache.get(_names_cache_key(model, language_code))
    if names is None:
        names = _load_all_term_names(language_code)[model]
    return names


def _load_all_term_names(language_code):
    source = source_language_code()
    queries = [
        taxonomy.objects.filter(locale__language_code__in={source, language_code})
        .annotate(taxonomy=Value(position))
        .values_list("taxonomy", "slug", "name", "locale__language_code")
        .order_by()
        for position, taxonomy in enumerate(TAXONOMIES)
    ]
    rows = queries[0].union(*queries[1:], all=True)
    all_names = {taxonomy: {} for taxonomy in TAXONOMIES}
    # Source names first, so the visitor's language overwrites them.
    for position, slug, name, _code in sorted(rows, key=lambda row: row[3] != source):
        all_names[TAXONOMIES[position]][slug] = name
    cache.set_many({_names_cache_key(model, language_code): names for model, names in all_names.items()}, 3600)
    return all_names


def _forget_term_names(sender, **kwargs):
    from portal.languages import language_codes

    cache.delete_many([_names_cache_key(model, code) for model in TAXONOMIES for code in language_codes()])


for _taxonomy in TAXONOMIES:
    post_save.connect(_forget_term_names, sender=_taxonomy, dispatch_uid=f"library-names-{_taxonomy.__name__}")
    post_delete.connect(_forget_term_names, sender=_taxonomy, dispatch_uid=f"library-names-del-{_taxonomy.__name__}")


def localized_names(model, slugs):
    """The active language's names of the terms with these slugs, in that order."""
    names = term_names(model)
    return [names.get(slug, slug) for slug in slugs]


def terms_text(page, fields):
    """The names of a page's taxonomy terms in the page's own language, as one text for the search index.

    ``fields``: names of the page's many-to-many term fields or term foreign keys.
    """
    code = page.locale.language_code if page.locale_id else None
    names = []
    for name in fields:
        related = getattr(page, name)
        terms = related.all() if hasattr(related, "all") else [related] if related else []
        for term in terms:
            names.append(term_names(type(term), code).get(term.slug, term.name))
    return " ".join(names)


# --- facets ---


@dataclass
class Facet:
    """One filter: a GET parameter and the model field it filters on.

    ``kind`` is ``term`` (a taxonomy snippet, matched by slug), ``choice`` (a field with
    choices) or ``year``. ``many`` says the field is a many-to-many relation; a year
    facet with ``end_field`` matches every year of a period.
    """

    param: str
    label: str
    kind: str
    field: str
    taxonomy: type | None = None
    many: bool = False
    choices: list = field(default_factory=list)
    end_field: str | None = None

    def parse(self, raw_values):
        """The valid values asked for, and the well-formed ones that match nothing. Malformed → BadRequest."""
        if len(raw_values) > MAX_VALUES_PER_PARAMETER:
            raise BadRequest(f"too many values for {self.param}")
        values, unknown = [], []
        for raw in raw_values:
            value = raw.strip()
            if not value:
                continue
            if self.kind == "year":
                if not YEAR_PATTERN.match(value):
                    raise BadRequest(f"malformed year {value[:20]!r}")
            elif not SLUG_PATTERN.match(value):
                raise BadRequest(f"malformed value for {self.param}")
            if self.kind == "year":
                values.append(int(value))
            elif value in self.known_values():
                values.append(value)
            else:
                unknown.append(value)
        return sorted(set(values)), unknown

    def known_values(self):
        if self.kind == "term":
            return term_names(self.taxonomy)
        return {value for value, _label in self.choices}

    def apply(self, queryset, values):
        if not values:
            return queryset
        if self.kind == "year" and self.end_field:
            # A period matches each of its years; without an end year it is a single year.
            condition = Q()
            for year in values:
                condition |= Q(**{f"{self.field}__lte": year, f"{self.end_field}__gte": year}) | Q(
                    **{self.field: year, f"{self.end_field}__isnull": True}
                )
            return queryset.filter(condition)
        lookup = f"{self.field}__slug__in" if self.kind == "term" else f"{self.field}__in"
        if self.many:
            # A subquery, not a join: a page with two matching terms is listed once.
            return queryset.filter(pk__in=queryset.model.objects.filter(**{lookup: values}).values("pk"))
        return queryset.filter(**{lookup: values})

    def counts(self, queryset):
        """Value → number of pages in ``queryset`` that this facet's value would match. One query."""
        queryset = queryset.order_by()
        if self.kind == "year" and self.end_field:
            counts = {}
            for start, end in queryset.values_list(self.field, self.end_field):
                for year in range(start, max(start, end or start) + 1):
                    counts[year] = counts.get(year, 0) + 1
            return counts
        path = f"{self.field}__slug" if self.kind == "term" else self.field
        rows = queryset.values(path).annotate(number=Count("pk", distinct=True))
        return {row[path]: row["number"] for row in rows if row[path] is not None}

    def options(self, counts, selected):
        if self.kind == "term":
            names = term_names(self.taxonomy)
            values = set(counts) | set(selected)
            options = [FacetOption(v, names.get(v, v), counts.get(v, 0), v in selected) for v in values]
            return sorted(options, key=lambda option: option.label.casefold())
        if self.kind == "choice":
            return [
                FacetOption(value, label, counts.get(value, 0), value in selected)
                for value, label in self.choices
                if counts.get(value) or value in selected
            ]
        values = set(counts) | set(selected)
        return [FacetOption(str(v), str(v), counts.get(v, 0), v in selected) for v in sorted(values, reverse=True)]


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    facet: Facet
    options: list

    @property
    def param(self):
        return self.facet.param

    @property
    def label(self):
        return self.facet.label

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


@dataclass
class Listing:
    page_obj: object
    facets: list
    notices: list
    sort: str
    sorts: list
    query: dict
    total: int

    def query_string(self, **changes):
        """The current filters and sort as a query string, with ``changes`` applied (for pagination links)."""
        query = {**self.query, **changes}
        pairs = [
            (key, value)
            for key, values in query.items()
            for value in (values if isinstance(values, list) else [values])
        ]
        return urlencode([(key, value) for key, value in pairs if value not in (None, "")])

    @property
    def previous_query(self):
        return self.query_string(page=self.page_obj.previous_page_number()) if self.page_obj.has_previous() else ""

    @property
    def next_query(self):
        return self.query_string(page=self.page_obj.next_page_number()) if self.page_obj.has_next() else ""

    @property
    def is_filtered(self):
        return any(result.selected_count for result in self.facets)


def build_listing(request, queryset, facets, sorts, default_sort="newest", per_page=PER_PAGE):
    """Filter, count, sort and paginate ``queryset`` from the request's GET parameters.

    ``sorts`` maps a sort name to (label, ordering fields). Raises BadRequest on a
    malformed parameter; a well-formed value that matches no term is ignored with a
    notice. The query count is the same whatever the number of pages.
    """
    selected, notices = {}, []
    for facet in facets:
        values, unknown = facet.parse(request.GET.getlist(facet.param))
        selected[facet.param] = values
        for value in unknown:
            notices.append(
                _("The filter “%(label)s: %(value)s” matches nothing we know and was left out.")
                % {"label": facet.label, "value": value}
            )
    sort = request.GET.get("sort") or default_sort
    if sort not in sorts:
        raise BadRequest("unknown sort")
    raw_page = request.GET.get("page") or "1"
    if not PAGE_PATTERN.match(raw_page) or int(raw_page) < 1:
        raise BadRequest("malformed page number")

    results = []
    for facet in facets:
        others = queryset
        for other in facets:
            if other is not facet:
                others = other.apply(others, selected[other.param])
        values = selected[facet.param]
        results.append(FacetResult(facet, facet.options(facet.counts(others), values)))

    filtered = queryset
    for facet in facets:
        filtered = facet.apply(filtered, selected[facet.param])
    filtered = filtered.order_by(*sorts[sort][1])
    paginator = Paginator(filtered, per_page)
    page_obj = paginator.get_page(int(raw_page))
    page_obj.object_list = list(page_obj.object_list)
    query = {facet.param: [str(value) for value in selected[facet.param]] for facet in facets}
    if sort != default_sort:
        query["sort"] = sort
    sort_options = [(name, label) for name, (label, _fields) in sorts.items()]
    return Listing(page_obj, results, notices, sort, sort_options, query, paginator.count)


# --- the index page ---


class LibraryIndexPage(Page):
    """A library app's index: its live children, filtered, counted, sorted and paginated on the server.

    A subclass states what differs: the page type it lists (``listed_page_type``, a string,
    so this module imports no app), the relations fetched with each listed page
    (``listed_related``), its ``facets()``, the ordering of "newest first"
    (``newest_first``) and, if it needs to, ``label_listed(pages)``. Each subclass declares
    its own ``translatable_fields``, as every Agora model does. Context: ``listing`` and
    ``source_language``.
    """

    introduction = models.TextField(gettext_lazy("Introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    max_count_per_parent = 1

    listed_page_type = ""  # "app_label.ModelName"
    listed_related = ()  # select_related() of each listed page
    newest_first = ()  # order_by() of the default sort, "newest"

    class Meta:
        abstract = True

    @staticmethod
    def facets():
        """The listing's filters, in the order shown: a list of ``Facet``."""
        raise NotImplementedError

    def sorts(self):
        return {"newest": (_("Newest first"), list(self.newest_first)), "title": (_("Title (A–Z)"), ["title"])}

    def label_listed(self, pages):
        """Set what the template shows of each listed page that the page cannot say itself. Default: nothing."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listed_model = apps.get_model(self.listed_page_type)
        pages = listed_model.objects.child_of(self).live().select_related(*self.listed_related)
        context["listing"] = listing = build_listing(request, pages, self.facets(), self.sorts())
        self.label_listed(listing.page_obj)
        context["source_language"] = source_language_code()
        return context


# --- pages that link to a page ---


def referencing_pages(page, page_types):
    """Live pages of ``page_types`` ("app_label.modelname") in ``page``'s locale that link to it.

    Read from Wagtail's reference index, through any translation of ``page``: a lesson
    that links to the English case study is listed on the French one, in French when
    the lesson is translated. The app that asks never imports the linking app. Two queries.
    """
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page, ReferenceIndex

    page_content_type = ContentType.objects.get_for_model(Page)
    targets = Page.objects.filter(translation_key=page.translation_key).values_list(
        Cast("pk", output_field=CharField()), flat=True
    )
    type_condition = Q()
    for label in page_types:
        app_label, model = label.lower().split(".")
        type_condition |= Q(content_type__app_label=app_label, content_type__model=model)
    sources = ReferenceIndex.objects.filter(
        type_condition, base_content_type=page_content_type, to_content_type=page_content_type, to_object_id__in=targets
    ).values_list("object_id", flat=True)
    source_ids = [int(pk) for pk in set(sources)]
    if not source_ids:
        return []
    keys = Page.objects.filter(pk__in=source_ids).values("translation_key")
    return list(Page.objects.live().filter(locale_id=page.locale_id, translation_key__in=keys).order_by("path"))
