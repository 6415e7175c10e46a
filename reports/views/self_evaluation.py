"""The self-evaluation gains report: one chart of mean gains per course."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.sections.self_evaluation import self_evaluation_rows
from reports.svg import bar_chart
from reports.views.base import TrainingReportView, group_by


class SelfEvaluationReportView(TrainingReportView):
    slug = "self-evaluation"
    page_title = gettext_lazy("Self-evaluation gains per competence")
    results_template_name = "reports/self_evaluation_results.html"
    list_export = [
        "course",
        "statement",
        "trainees",
        "mean_before",
        "mean_after",
        "mean_gain",
        "gain_distribution_text",
    ]
    export_headings = {
        "course": gettext_lazy("Course"),
        "statement": gettext_lazy("Competence statement"),
        "trainees": gettext_lazy("Trainees who rated it before and after"),
        "mean_before": gettext_lazy("Mean before (1–5)"),
        "mean_after": gettext_lazy("Mean after (1–5)"),
        "mean_gain": gettext_lazy("Mean gain"),
        "gain_distribution_text": gettext_lazy("Gains, trainees per gain"),
    }

    def rows(self, filters):
        return self_evaluation_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        charts = []
        for number, (course, rows) in enumerate(group_by(context["object_list"], lambda row: row.course)):
            charts.append(
                bar_chart(
                    f"chart-self-evaluation-{number}",
                    course,
                    _("Mean gain per competence statement, from the rating before the course to the rating after."),
                    [
                        (
                            row.statement,
                            None if row.mean_gain is None else max(row.mean_gain, 0),
                            "–" if row.mean_gain is None else f"{row.mean_gain:+.2f}",
                        )
                        for row in rows
                    ],
                    maximum=4,
                )
            )
        context["charts"] = charts
        return context
