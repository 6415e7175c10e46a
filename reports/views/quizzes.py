"""The quiz pass rates and scores report: one score-distribution chart per quiz."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.sections.quizzes import SCORE_BIN_EDGES, quiz_rows
from reports.svg import bar_chart
from reports.views.base import TrainingReportView


class QuizzesReportView(TrainingReportView):
    slug = "quizzes"
    page_title = gettext_lazy("Quiz pass rates and scores")
    results_template_name = "reports/quizzes_results.html"
    list_export = [
        "course",
        "title",
        "trainees",
        "passed_first_time",
        "passed_eventually",
        "mean_score",
        "score_distribution_text",
    ]
    export_headings = {
        "course": gettext_lazy("Course"),
        "title": gettext_lazy("Quiz"),
        "trainees": gettext_lazy("Trainees"),
        "passed_first_time": gettext_lazy("Passed at the first attempt"),
        "passed_eventually": gettext_lazy("Passed eventually"),
        "mean_score": gettext_lazy("Mean first score (%)"),
        "score_distribution_text": gettext_lazy("First scores (%), trainees per band"),
    }

    def rows(self, filters):
        return quiz_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        charts = []
        for number, row in enumerate(context["object_list"]):
            if row.hidden:
                continue
            largest = max((count.value for count in row.score_bins), default=0)
            bands = [
                (f"{SCORE_BIN_EDGES[index]}–{SCORE_BIN_EDGES[index + 1]} %", count.value, str(count))
                for index, count in enumerate(row.score_bins)
            ]
            bands = [
                (label, None if count.hidden else value, text)
                for (label, value, text), count in zip(bands, row.score_bins, strict=True)
            ]
            charts.append(
                bar_chart(
                    f"chart-scores-{number}",
                    row.title,
                    _("Number of trainees per band of first-attempt score."),
                    bands,
                    maximum=largest or 1,
                )
            )
        context["charts"] = charts
        return context
