"""The enrolments and completions report."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.sections.courses import course_rows
from reports.svg import bar_chart
from reports.views.base import TrainingReportView


class CoursesReportView(TrainingReportView):
    slug = "courses"
    page_title = gettext_lazy("Enrolments and completions")
    results_template_name = "reports/courses_results.html"
    list_export = ["title", "enrolled", "completed", "completion_rate"]
    export_headings = {
        "title": gettext_lazy("Course"),
        "enrolled": gettext_lazy("Enrolled"),
        "completed": gettext_lazy("Completed"),
        "completion_rate": gettext_lazy("Completion rate"),
    }

    def rows(self, filters):
        return course_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        context["chart"] = bar_chart(
            "chart-courses",
            _("Completion rate per course"),
            _("Share of the trainees who started each course and completed it."),
            [(row.title, row.completion_rate.value, str(row.completion_rate)) for row in rows],
        )
        return context
