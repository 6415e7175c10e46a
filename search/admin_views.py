"""Wagtail admin report: what people search for, and what they do not find, per language."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

import django_filters

from portal.languages import all_languages

from .models import LoggedQuery

REPORT_PERMISSION = "agora_search.view_search_report"


class SearchReportFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(
        label=_("Language"), choices=lambda: [(language.code, language.name) for language in all_languages()]
    )
    no_results = django_filters.BooleanFilter(label=_("Only searches with no result"), method="filter_no_results")
    searched_at = django_filters.DateFromToRangeFilter(label=_("Searched between"), widget=DateRangePickerWidget)

    class Meta:
        model = LoggedQuery
        fields = ["language_code", "searched_at"]

    def filter_no_results(self, queryset, name, value):
        return queryset.filter(hits=0) if value else queryset


class SearchReportView(ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    filterset_class = SearchReportFilterSet
    index_url_name = "agora_search_report"
    index_results_url_name = "agora_search_report_results"
    list_export = ["language_code", "query", "searches", "most_hits"]
    export_headings = {
        "language_code": _("Language"),
        "query": _("Query"),
        "searches": _("Searches"),
        "most_hits": _("Most results"),
    }
    columns = [
        Column("query", label=_("Query")),
        Column("language_code", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("most_hits", label=_("Most results")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return LoggedQuery.objects.all()

    def get_filtered_queryset(self):
        # Filter the log rows first, then group them into one row per language and query.
        return (
            self.filter_queryset(self.get_queryset())
            .values("language_code", "query")
            .annotate(searches=Count("id"), most_hits=Max("hits"))
            .order_by("-searches", "query")
        )
