"""The item analysis report: one quiz's questions per language, and every flagged question."""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.filters import ItemAnalysisFilterSet
from reports.sections.item_analysis import flagged_questions, item_analysis, quiz_for, source_quizzes
from reports.svg import bar_chart
from reports.views.base import TrainingReportView


class ItemAnalysisReportView(TrainingReportView):
    slug = "items"
    page_title = gettext_lazy("Item analysis")
    results_template_name = "reports/items_results.html"
    filterset_class = ItemAnalysisFilterSet
    list_export = [
        "number",
        "prompt",
        "language",
        "answered",
        "share_correct",
        "discrimination",
        "wrong_choices",
        "flag",
        "p_value",
    ]
    export_headings = {
        "number": gettext_lazy("Question"),
        "prompt": gettext_lazy("Prompt"),
        "language": gettext_lazy("Language"),
        "answered": gettext_lazy("Trainees"),
        "share_correct": gettext_lazy("Share correct"),
        "discrimination": gettext_lazy("Discrimination (point-biserial)"),
        "wrong_choices": gettext_lazy("Wrong answers picked"),
        "flag": gettext_lazy("Differs from the other languages"),
        "p_value": gettext_lazy("p-value"),
    }

    @cached_property
    def quiz(self):
        self.filters.is_valid()
        key = self.filters.form.cleaned_data.get("quiz")
        if key:
            return quiz_for(key)
        quizzes = source_quizzes()
        return quiz_for(quizzes[0].translation_key) if quizzes else None

    @cached_property
    def items(self):
        return item_analysis(self.report_filters, self.quiz) if self.quiz else []

    @cached_property
    def flagged(self):
        names = language_names()
        return [
            {
                "quiz": quiz,
                "number": item.number,
                "prompt": item.prompt,
                "languages": [names.get(group.language, group.language) for group in item.flagged_languages],
            }
            for quiz, item in flagged_questions(self.report_filters)
        ]

    def rows(self, filters):
        return [ItemLine(item, group) for item in self.items for group in [item.overall, *item.languages]]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["quiz"] = self.quiz
        context["items"] = self.items
        context["flagged"] = self.flagged
        names = language_names()
        for item in self.items:
            item.overall.label = _("All languages")
            for group in item.languages:
                group.label = names.get(group.language, group.language)
            item.chart = bar_chart(
                f"chart-item-{item.number}",
                _("Question %(number)s: share correct per language") % {"number": item.number},
                _("Share of trainees who answered correctly at their first attempt; flagged languages in red."),
                [
                    (
                        names.get(group.language, group.language),
                        group.share_correct.value,
                        str(group.share_correct),
                        bool(group.flag),
                    )
                    for group in item.languages
                ],
            )
        context["language_names"] = names
        return context


class ItemLine:
    """One question in one group, flattened for the spreadsheet."""

    def __init__(self, item, group):
        self.number = item.number
        self.prompt = item.prompt
        self.language = group.language or _("All languages")
        self.answered = group.answered
        self.share_correct = group.share_correct
        self.discrimination = "" if group.discrimination is None else group.discrimination
        self.wrong_choices = group.wrong_choices_text()
        self.flag = {"lower": _("lower"), "higher": _("higher")}.get(group.flag, "")
        self.p_value = "" if group.p_value is None else f"{group.p_value:.2g}"


def language_names():
    return dict(settings.LANGUAGES)
