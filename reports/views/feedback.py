"""The course feedback report: the survey answers, written ones only for ``VIEW_TRAINEE_DATA``."""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports import feedback
from reports.svg import bar_chart
from reports.views.base import VIEW_TRAINEE_DATA, TrainingReportView


class FeedbackReportView(TrainingReportView):
    slug = "feedback"
    page_title = gettext_lazy("Course feedback")
    results_template_name = "reports/feedback_results.html"
    list_export = ["survey", "question", "answer", "respondents", "share"]
    export_headings = {
        "survey": gettext_lazy("Survey"),
        "question": gettext_lazy("Question"),
        "answer": gettext_lazy("Answer"),
        "respondents": gettext_lazy("Respondents"),
        "share": gettext_lazy("Share"),
    }

    @cached_property
    def surveys(self):
        can_read_text = self.request.user.has_perm(VIEW_TRAINEE_DATA)
        return feedback.survey_results(self.report_filters, include_text=can_read_text)

    def rows(self, filters):
        return [line for survey in self.surveys for line in survey.lines()]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["surveys"] = self.surveys
        context["can_read_text"] = self.request.user.has_perm(VIEW_TRAINEE_DATA)
        for survey_number, survey in enumerate(self.surveys):
            for number, question in enumerate(survey.questions):
                if question.distribution:
                    question.chart = bar_chart(
                        f"chart-feedback-{survey_number}-{number}",
                        question.label,
                        _("Share of respondents who gave each answer."),
                        [(answer.label, answer.share.value, str(answer.share)) for answer in question.distribution],
                    )
        return context
