"""The drop-off per lesson report: one chart per course."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.sections.drop_off import drop_off_rows
from reports.svg import bar_chart
from reports.views.base import TrainingReportView, group_by


class DropOffReportView(TrainingReportView):
    slug = "drop-off"
    page_title = gettext_lazy("Drop-off per lesson")
    results_template_name = "reports/drop_off_results.html"
    list_export = ["course", "module", "title", "kind", "done", "share_of_enrolled"]
    export_headings = {
        "course": gettext_lazy("Course"),
        "module": gettext_lazy("Module"),
        "title": gettext_lazy("Lesson or quiz"),
        "kind": gettext_lazy("Kind"),
        "done": gettext_lazy("Trainees who got this far"),
        "share_of_enrolled": gettext_lazy("Share of the enrolled"),
    }

    def rows(self, filters):
        return drop_off_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        charts = []
        for number, (course, steps) in enumerate(group_by(context["object_list"], lambda row: row.course)):
            charts.append(
                bar_chart(
                    f"chart-drop-off-{number}",
                    course,
                    _("Share of the enrolled trainees who completed each lesson or passed each quiz, in course order."),
                    [(row.title, row.share_of_enrolled.value, str(row.share_of_enrolled)) for row in steps],
                )
            )
        context["charts"] = charts
        return context
