"""Wagtail report views: each one a table of aggregates, a chart, and CSV/XLSX export."""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import ReportView

from reports import feedback, figures
from reports.filters import ItemAnalysisFilterSet, TrainingReportFilterSet
from reports.sections.certificates import certificate_rows
from reports.sections.self_evaluation import self_evaluation_rows
from reports.svg import bar_chart

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
        return self.filters.report_filters() if self.filters else figures.ReportFilters()

    def get_queryset(self):
        return self.rows(self.report_filters)

    def filter_queryset(self, queryset):
        return queryset  # the figures apply the filters themselves

    def rows(self, filters):
        raise NotImplementedError

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["fewer_than"] = figures.fewer_than_text()
        context["min_group_size"] = figures.min_group_size()
        return context


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
        return figures.course_rows(filters)

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
        return figures.drop_off_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        charts = []
        for number, (course, steps) in enumerate(_group_by(context["object_list"], lambda row: row.course)):
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
        return figures.quiz_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        charts = []
        for number, row in enumerate(context["object_list"]):
            if row.hidden:
                continue
            largest = max((count.value for count in row.score_bins), default=0)
            bands = [
                (f"{figures.SCORE_BIN_EDGES[index]}–{figures.SCORE_BIN_EDGES[index + 1]} %", count.value, str(count))
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
            return figures.quiz_for(key)
        quizzes = figures.source_quizzes()
        return figures.quiz_for(quizzes[0].translation_key) if quizzes else None

    @cached_property
    def items(self):
        return figures.item_analysis(self.report_filters, self.quiz) if self.quiz else []

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
            for quiz, item in figures.flagged_questions(self.report_filters)
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


class CertificatesReportView(TrainingReportView):
    slug = "certificates"
    page_title = gettext_lazy("Certificates issued and revoked")
    results_template_name = "reports/certificates_results.html"
    list_export = ["title", "issued", "revoked", "valid", "expired"]
    export_headings = {
        "title": gettext_lazy("Course"),
        "issued": gettext_lazy("Certificates issued"),
        "revoked": gettext_lazy("Certificates revoked"),
        "valid": gettext_lazy("Currently valid"),
        "expired": gettext_lazy("Expired"),
    }

    def rows(self, filters):
        return certificate_rows(filters)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        largest = max((row.issued.value for row in rows), default=0)
        context["chart"] = bar_chart(
            "chart-certificates",
            _("Certificates issued per course"),
            _("Number of certificates issued in the period for each course."),
            [(row.title, None if row.issued.hidden else row.issued.value, str(row.issued)) for row in rows],
            maximum=largest or 1,
        )
        return context


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
        for number, (course, rows) in enumerate(_group_by(context["object_list"], lambda row: row.course)):
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


def language_names():
    from django.conf import settings

    return dict(settings.LANGUAGES)


def _group_by(rows, key):
    groups = []
    for row in rows:
        if groups and groups[-1][0] == key(row):
            groups[-1][1].append(row)
        else:
            groups.append((key(row), [row]))
    return groups


# Every report, in menu order: URLs, menu items and the permission tests come from this list.
TRAINING_REPORTS = [
    CoursesReportView,
    DropOffReportView,
    QuizzesReportView,
    ItemAnalysisReportView,
    CertificatesReportView,
    SelfEvaluationReportView,
    FeedbackReportView,
]
