"""The base of every training report view (permission, filters, export file name) and its helpers."""

from django.utils.functional import cached_property

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import ReportView

from reports.figures import ReportFilters, fewer_than_text, min_group_size
from reports.filters import TrainingReportFilterSet

VIEW_REPORTS = "reports.view_training_reports"
VIEW_TRAINEE_DATA = "reports.view_trainee_data"


class TrainingReportView(ReportView):
    """A report readable by staff with ``reports.view_training_reports``; rows come from ``rows()``."""

    slug = ""  # URL segment and name: agora_reports:<slug>
    permission = VIEW_REPORTS
    filterset_class = TrainingReportFilterSet
    paginate_by = None
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @property
    def index_url_name(self):
        return f"agora_reports:{self.slug}"

    @property
    def index_results_url_name(self):
        return f"agora_reports:{self.slug}_results"

    def get_filename(self):
        return f"agora-{self.slug}"

    @cached_property
    def report_filters(self):
        return self.filters.report_filters() if self.filters else ReportFilters()

    def get_queryset(self):
        return self.rows(self.report_filters)

    def filter_queryset(self, queryset):
        return queryset  # the figures apply the filters themselves

    def rows(self, filters):
        raise NotImplementedError

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["fewer_than"] = fewer_than_text()
        context["min_group_size"] = min_group_size()
        return context


def group_by(rows, key):
    """Consecutive rows with the same key, as (key, [rows]) pairs."""
    groups = []
    for row in rows:
        if groups and groups[-1][0] == key(row):
            groups[-1][1].append(row)
        else:
            groups.append((key(row), [row]))
    return groups
