"""The course feedback surveys' answers, aggregated across the languages of each survey.

Answers are stored per language page under the field's ``clean_name``, which translation
keeps. A choice is stored as its text in the trainee's language, so it is mapped back to
the source-language choice by its position in that page's list of choices.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.languages import source_language_code
from reports import figures
from reports.models import CourseFeedbackField, CourseFeedbackPage, CourseFeedbackSubmission

CHOICE_TYPES = {"checkboxes", "radio", "dropdown", "multiselect", "checkbox"}
COUNTED_TYPES = {"number"}


def split_choices(text):
    """Wagtail's rule: one choice per line, or comma-separated on a single line."""
    separator = "\n" if "\n" in text else ","
    return [choice.strip() for choice in text.split(separator) if choice.strip()]


@dataclass
class Answer:
    label: str
    count: figures.Count
    share: figures.Share


@dataclass
class QuestionResult:
    label: str
    field_type: str
    answered: int = 0
    distribution: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    chart: object = None


@dataclass
class ExportLine:
    survey: str
    question: str
    answer: str
    respondents: object
    share: object


@dataclass
class SurveyResult:
    title: str
    respondents: figures.Count
    questions: list = field(default_factory=list)

    @property
    def hidden(self):
        return self.respondents.hidden

    def lines(self):
        rows = []
        for question in self.questions:
            for answer in question.distribution:
                rows.append(ExportLine(self.title, question.label, answer.label, answer.count, answer.share))
            for text in question.texts:
                rows.append(ExportLine(self.title, question.label, text, "", ""))
        return rows


def survey_results(filters, include_text=False):
    """Each source-language survey (in the filtered course) with its answers aggregated. Four queries.

    Free-text answers are listed only with ``include_text`` (staff who may see trainee data).
    """
    surveys = CourseFeedbackPage.objects.live().filter(
        locale__language_code=source_language_code(), alias_of__isnull=True
    )
    if filters.course_key:
        courses = figures.source_courses(filters.course_key)
        surveys = surveys.filter(path__startswith=courses[0].path) if courses else surveys.none()
    surveys = list(surveys.order_by("path"))
    keys = [survey.translation_key for survey in surveys]
    pages = list(
        Page.objects.filter(translation_key__in=keys).values_list("id", "translation_key", "locale__language_code")
    )
    language_of = {page_id: code for page_id, _key, code in pages}
    fields_by_page = defaultdict(list)
    for form_field in CourseFeedbackField.objects.filter(page_id__in=language_of).order_by("sort_order"):
        fields_by_page[form_field.page_id].append(form_field)
    submissions = CourseFeedbackSubmission.objects.filter(
        filters.trainee_q(with_language=False), filters.period_q("submit_time"), survey_key__in=keys
    ).values_list("survey_key", "page_id", "form_data")
    by_survey = defaultdict(list)
    for survey_key, page_id, form_data in submissions:
        if filters.language and language_of.get(page_id) != filters.language:
            continue
        by_survey[survey_key].append((page_id, form_data))

    results = []
    for survey in surveys:
        answers = by_survey.get(survey.translation_key, [])
        result = SurveyResult(title=survey.title, respondents=figures.Count(len(answers)))
        if not result.hidden and answers:
            result.questions = [
                _question_result(source_field, answers, fields_by_page, include_text)
                for source_field in fields_by_page.get(survey.id, [])
            ]
        results.append(result)
    return results


def _question_result(source_field, answers, fields_by_page, include_text):
    result = QuestionResult(label=source_field.label, field_type=source_field.field_type)
    name = source_field.clean_name
    given = [
        (page_id, form_data.get(name)) for page_id, form_data in answers if form_data.get(name) not in (None, "", [])
    ]
    result.answered = len(given)
    if source_field.field_type in CHOICE_TYPES:
        source_choices = split_choices(source_field.choices) or [_("Yes")]
        counts = Counter()
        for page_id, value in given:
            page_field = next((f for f in fields_by_page.get(page_id, []) if f.clean_name == name), source_field)
            page_choices = split_choices(page_field.choices)
            for chosen in value if isinstance(value, list) else [value]:
                if source_field.field_type == "checkbox":
                    counts[source_choices[0]] += bool(chosen)
                elif chosen in page_choices and page_choices.index(chosen) < len(source_choices):
                    counts[source_choices[page_choices.index(chosen)]] += 1
                else:
                    counts[str(chosen)] += 1
        labels = source_choices + [label for label in counts if label not in source_choices]
        result.distribution = [
            Answer(label, figures.Count(counts[label]), figures.Share(counts[label], len(answers))) for label in labels
        ]
    elif source_field.field_type in COUNTED_TYPES:
        counts = Counter(str(value) for _page_id, value in given)
        result.distribution = [
            Answer(label, figures.Count(counts[label]), figures.Share(counts[label], len(answers)))
            for label in sorted(counts, key=_number_or_text)
        ]
    elif include_text:
        result.texts = sorted(str(value) for _page_id, value in given)
    return result


def _number_or_text(value):
    try:
        return (0, float(value), "")
    except ValueError:
        return (1, 0.0, value)
