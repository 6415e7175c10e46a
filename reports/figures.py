"""The figures every report shows, computed from training's records in a fixed number of queries.

Each function takes ``ReportFilters`` and returns plain rows (dataclasses) that the views
render, chart and export. Counts of trainees are ``Count`` objects and shares ``Share``
objects, which hide themselves when their group is smaller than
``REPORTS_MIN_GROUP_SIZE`` (see docs/reports.md for every definition).
"""

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count as CountOf
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.languages import source_language_code
from reports import stats
from training.grading import grade, quiz_questions
from training.models import CourseActivity, CourseCompletion, CoursePage, LessonCompletion, QuizAttempt, QuizPage
from training.progress import CourseOutline

SCORE_BIN_EDGES = list(range(0, 101, 10))
# The flag's significance level (two-sided), fixed by the issue.
FLAG_P_VALUE = 0.01


def min_group_size():
    return settings.REPORTS_MIN_GROUP_SIZE


def fewer_than_text():
    return _("fewer than %(number)s") % {"number": min_group_size()}


@dataclass(frozen=True)
class Count:
    """A number of trainees (or answers). Hidden when it is 1 to threshold - 1; 0 is shown."""

    value: int

    @property
    def hidden(self):
        return 0 < self.value < min_group_size()

    def __str__(self):
        return fewer_than_text() if self.hidden else str(self.value)


@dataclass(frozen=True)
class Share:
    """part / whole as a percentage. Hidden when the group (whole) is below the threshold, or
    when the part is 1 to threshold - 1 trainees: the share would reveal the small count."""

    part: float
    whole: int

    @property
    def hidden(self):
        return self.whole < min_group_size() or 0 < self.part < min_group_size()

    @property
    def value(self):
        """The share from 0 to 1, or None when hidden or undefined."""
        return None if self.hidden else stats.share(self.part, self.whole)

    @property
    def percent(self):
        value = self.value
        return None if value is None else round(100 * value, 1)

    def __str__(self):
        if not self.whole:
            return "–"
        if self.hidden:
            return fewer_than_text()
        return f"{self.percent:.1f} %"


@dataclass(frozen=True)
class ReportFilters:
    course_key: uuid.UUID | None = None
    language: str | None = None
    staff_profile: str | None = None
    country: str | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    quiz_key: uuid.UUID | None = None

    def period_q(self, field_name):
        """Q for ``field_name`` within the period: both ends are whole days, included."""
        condition = Q()
        if self.start:
            condition &= Q(**{f"{field_name}__gte": _day_start(self.start)})
        if self.end:
            condition &= Q(**{f"{field_name}__lt": _day_start(self.end + datetime.timedelta(days=1))})
        return condition

    def trainee_q(self, prefix="user__", with_language=True):
        """Q on the trainee's profile: staff profile, country and (for course figures) language."""
        condition = Q()
        if self.staff_profile:
            condition &= Q(**{f"{prefix}profile__staff_profile": self.staff_profile})
        if self.country:
            condition &= Q(**{f"{prefix}profile__country": self.country})
        if with_language and self.language:
            condition &= Q(**{f"{prefix}profile__preferred_language": self.language})
        return condition


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


# -- courses -------------------------------------------------------------------------


def source_courses(course_key=None):
    """The live source-language courses, in tree order (one query)."""
    courses = CoursePage.objects.live().filter(locale__language_code=source_language_code(), alias_of__isnull=True)
    if course_key:
        courses = courses.filter(translation_key=course_key)
    return list(courses.order_by("path"))


class _NoRecords:
    """CourseOutline wants a trainee's records; the reports only want the structure."""

    def completed_lesson_keys(self, keys=None):
        return set()

    def passed_quiz_keys(self, keys=None):
        return set()


def outlines(courses):
    """Each course's modules, lessons and quizzes in course order (one query for all)."""
    return CourseOutline.bulk(courses, _NoRecords())


def enrolments(filters):
    """CourseActivity rows of the cohort: trainees who started a course in the period."""
    rows = CourseActivity.objects.filter(filters.trainee_q(), filters.period_q("started_at"))
    if filters.course_key:
        rows = rows.filter(course_key=filters.course_key)
    return rows


@dataclass
class CourseRow:
    title: str
    course_key: uuid.UUID
    enrolled: Count
    completed: Count
    completion_rate: Share


def course_rows(filters):
    """Enrolments, completions and the completion rate per course (three queries)."""
    courses = source_courses(filters.course_key)
    cohort = enrolments(filters)
    enrolled = dict(cohort.order_by().values("course_key").annotate(n=CountOf("id")).values_list("course_key", "n"))
    in_cohort = cohort.filter(user=OuterRef("user"), course_key=OuterRef("course_key"))
    completed = dict(
        CourseCompletion.objects.filter(Exists(in_cohort))
        .order_by()
        .values("course_key")
        .annotate(n=CountOf("id"))
        .values_list("course_key", "n")
    )
    rows = []
    for course in courses:
        enrolled_count = enrolled.get(course.translation_key, 0)
        completed_count = completed.get(course.translation_key, 0)
        rows.append(
            CourseRow(
                title=course.title,
                course_key=course.translation_key,
                enrolled=Count(enrolled_count),
                completed=Count(completed_count),
                completion_rate=Share(completed_count, enrolled_count),
            )
        )
    return rows


@dataclass
class StepRow:
    course: str
    module: str
    title: str
    kind: str  # "lesson" or "quiz"
    done: Count
    share_of_enrolled: Share


def drop_off_rows(filters):
    """For each lesson and quiz of the course(s) in course order: how many of the enrolled got
    that far (lesson marked done, quiz passed at least once). Four queries."""
    courses = source_courses(filters.course_key)
    course_outlines = outlines(courses)
    cohort = set(enrolments(filters).values_list("user_id", "course_key"))
    enrolled = defaultdict(int)
    for _user_id, course_key in cohort:
        enrolled[course_key] += 1
    course_of_step = {
        item.page.translation_key: outline.course.translation_key
        for outline in course_outlines
        for item in outline.items
    }
    cohort_users = enrolments(filters).values("user_id")
    lesson_pairs = LessonCompletion.objects.filter(lesson_key__in=list(course_of_step), user_id__in=cohort_users)
    quiz_pairs = QuizAttempt.objects.filter(quiz_key__in=list(course_of_step), passed=True, user_id__in=cohort_users)
    # A step counts a trainee only if they are in the cohort of the step's own course.
    lessons_done, quizzes_passed = defaultdict(int), defaultdict(int)
    for counts, pairs in (
        (lessons_done, lesson_pairs.values_list("user_id", "lesson_key").distinct()),
        (quizzes_passed, quiz_pairs.order_by().values_list("user_id", "quiz_key").distinct()),
    ):
        for user_id, step_key in pairs:
            if (user_id, course_of_step[step_key]) in cohort:
                counts[step_key] += 1
    rows = []
    for outline in course_outlines:
        enrolled_count = enrolled.get(outline.course.translation_key, 0)
        for module in outline.modules:
            for item in module.items:
                source = lessons_done if item.kind == "lesson" else quizzes_passed
                done = source.get(item.page.translation_key, 0)
                rows.append(
                    StepRow(
                        course=outline.course.title,
                        module=module.page.title,
                        title=item.page.title,
                        kind=item.kind,
                        done=Count(done),
                        share_of_enrolled=Share(done, enrolled_count),
                    )
                )
    return rows


# -- quizzes ------------------------------------------------------------------------


def first_attempts(filters, quiz_keys, with_language=True):
    """Each trainee's first attempt at each quiz (ties broken by id), if it falls in the period.

    Later attempts are left out: they are taken after seeing the review, so they measure
    the feedback rather than the question.
    """
    earlier = QuizAttempt.objects.filter(user=OuterRef("user"), quiz_key=OuterRef("quiz_key")).filter(
        Q(submitted_at__lt=OuterRef("submitted_at")) | Q(submitted_at=OuterRef("submitted_at"), id__lt=OuterRef("id"))
    )
    rows = QuizAttempt.objects.filter(
        ~Exists(earlier), filters.trainee_q(with_language=False), filters.period_q("submitted_at")
    ).filter(quiz_key__in=quiz_keys)
    if with_language and filters.language:
        rows = rows.filter(language=filters.language)
    return rows.order_by()


@dataclass
class QuizRow:
    course: str
    title: str
    quiz_key: uuid.UUID
    trainees: Count
    passed_first_time: Share
    passed_eventually: Share
    mean_score: float | None
    score_bins: list = field(default_factory=list)  # Count per 10-point bin

    @property
    def hidden(self):
        return self.trainees.value < min_group_size()

    def score_distribution_text(self):
        return "; ".join(
            f"{SCORE_BIN_EDGES[index]}–{SCORE_BIN_EDGES[index + 1]}: {count}"
            for index, count in enumerate(self.score_bins)
        )


def quiz_steps(filters):
    """(course title, quiz page) for each quiz in the filtered courses, in course order."""
    courses = source_courses(filters.course_key)
    return [
        (outline.course.title, item.page)
        for outline in outlines(courses)
        for item in outline.items
        if item.kind == "quiz"
    ]


def quiz_rows(filters):
    """Pass rates (first attempt, eventually) and first-attempt score distributions. Four queries."""
    steps = quiz_steps(filters)
    keys = [page.translation_key for _course, page in steps]
    attempts = defaultdict(list)
    for quiz_key, percent, passed in first_attempts(filters, keys).values_list("quiz_key", "percent", "passed"):
        attempts[quiz_key].append((percent, passed))
    # "Eventually" is among the same trainees: those whose first attempt is counted above.
    counted = first_attempts(filters, keys).filter(user=OuterRef("user"), quiz_key=OuterRef("quiz_key"))
    eventually = dict(
        QuizAttempt.objects.filter(Exists(counted), passed=True, quiz_key__in=keys)
        .order_by()
        .values("quiz_key")
        .annotate(n=CountOf("user_id", distinct=True))
        .values_list("quiz_key", "n")
    )
    rows = []
    for course_title, page in steps:
        found = attempts.get(page.translation_key, [])
        total = len(found)
        hidden = total < min_group_size()
        percents = [percent for percent, _passed in found]
        rows.append(
            QuizRow(
                course=course_title,
                title=page.title,
                quiz_key=page.translation_key,
                trainees=Count(total),
                passed_first_time=Share(sum(1 for _percent, passed in found if passed), total),
                passed_eventually=Share(eventually.get(page.translation_key, 0), total),
                mean_score=None if hidden or not percents else round(stats.mean(percents), 1),
                score_bins=[] if hidden else [Count(n) for n in stats.histogram(percents, SCORE_BIN_EDGES)],
            )
        )
    return rows


# -- item analysis -------------------------------------------------------------------


@dataclass
class WrongChoice:
    label: str
    picked: Share  # share of the group who picked it


@dataclass
class ItemGroup:
    """One question's figures in one group of trainees (one language, or all of them)."""

    language: str  # "" for all languages together
    answered: Count
    share_correct: Share
    discrimination: float | None
    wrong_choices: list = field(default_factory=list)
    flag: str = ""  # "lower" or "higher" than the other languages, at p < FLAG_P_VALUE
    z: float | None = None
    p_value: float | None = None

    @property
    def hidden(self):
        return self.answered.value < min_group_size()

    def wrong_choices_text(self):
        return "; ".join(f"{choice.label}: {choice.picked}" for choice in self.wrong_choices)


@dataclass
class ItemRow:
    number: int
    question_id: str
    prompt: str
    kind: str
    overall: ItemGroup
    languages: list = field(default_factory=list)

    @property
    def flagged_languages(self):
        return [group for group in self.languages if group.flag]


def item_analysis(filters, quiz):
    """Per question of ``quiz`` (a source-language QuizPage): share correct, wrong choices and
    point-biserial discrimination, overall and per language, with languages flagged whose
    share correct differs from the other languages pooled (two-proportion z-test).

    An item counts as correct when it earned its full weight. The rest-of-test score is the
    attempt's points on every other question. Uses each trainee's first attempt.
    """
    rows = first_attempts(filters, [quiz.translation_key], with_language=False).values_list("language", "answers")
    return _analyse(quiz, list(rows), filters)


def flagged_questions(filters):
    """(quiz, item) for every question of every live quiz with a language flagged. Two queries."""
    quizzes = list(
        QuizPage.objects.live()
        .filter(locale__language_code=source_language_code(), alias_of__isnull=True)
        .order_by("path")
    )
    rows = defaultdict(list)
    attempts = first_attempts(filters, [quiz.translation_key for quiz in quizzes], with_language=False)
    for quiz_key, language, given in attempts.values_list("quiz_key", "language", "answers"):
        rows[quiz_key].append((language, given))
    return [
        (quiz, item)
        for quiz in quizzes
        for item in _analyse(quiz, rows.get(quiz.translation_key, []), filters)
        if item.flagged_languages
    ]


def _analyse(quiz, rows, filters):
    questions = quiz_questions(quiz)
    graded = []  # (language, {question id: (correct, points)}, total points, answers)
    for language, given in rows:
        given = given if isinstance(given, dict) else {}
        result = grade(quiz, given)
        per_question = {item.question.id: (item.correct, item.points) for item in result.results}
        graded.append((language, per_question, result.score, given))
    languages = sorted({language for language, *_rest in graded})

    items = []
    for number, question in enumerate(questions, start=1):
        overall = _item_group(question, "", graded)
        per_language = [_item_group(question, code, [g for g in graded if g[0] == code]) for code in languages]
        for group in per_language:
            _flag(group, question, graded)
        if filters.language:
            per_language = [group for group in per_language if group.language == filters.language]
        items.append(
            ItemRow(
                number=number,
                question_id=question.id,
                prompt=question.value["prompt"],
                kind=question.kind,
                overall=overall,
                languages=per_language,
            )
        )
    return items


def _item_group(question, language, graded):
    correct_flags = [per_question[question.id][0] for _language, per_question, _total, _answers in graded]
    rests = [total - per_question[question.id][1] for _language, per_question, total, _answers in graded]
    answered = len(graded)
    share_correct = Share(sum(correct_flags), answered)
    discrimination = None
    big_enough = answered >= min_group_size()
    if big_enough:
        r = stats.point_biserial([1 if flag else 0 for flag in correct_flags], rests)
        discrimination = None if r is None else round(r, 3)
    wrong = []
    if big_enough:
        picked = _wrong_choice_counts(question, [answers.get(question.id) for *_rest, answers in graded])
        wrong = [WrongChoice(label, Share(n, answered)) for label, n in picked]
    return ItemGroup(
        language=language,
        answered=Count(answered),
        share_correct=share_correct,
        discrimination=discrimination,
        wrong_choices=wrong,
    )


def _wrong_choice_counts(question, answers):
    """(label, how many picked it) for each wrong answer of a choice or true/false question."""
    if question.kind in ("single", "multiple"):
        wrong = [child for child in question.value["choices"].bound_blocks if not child.value["correct"]]
        counts = []
        for choice in wrong:
            n = 0
            for answer in answers:
                chosen = answer if isinstance(answer, list) else [answer]
                n += choice.id in chosen
            counts.append((choice.value["text"], n))
        return counts
    if question.kind == "true_false":
        wrong_value = not bool(question.value["answer"])
        label = _("True") if wrong_value else _("False")
        return [(label, sum(1 for answer in answers if answer is wrong_value))]
    return []  # ordering: no choices to count


def _flag(group, question, graded):
    """Compare one language with all other languages pooled, if both groups are big enough."""
    others = [per_question[question.id][0] for language, per_question, *_rest in graded if language != group.language]
    if group.answered.value < min_group_size() or len(others) < min_group_size():
        return
    test = stats.two_proportion_z_test(group.share_correct.part, group.answered.value, sum(others), len(others))
    if test is None:
        return
    group.z, group.p_value = round(test.z, 3), test.p_value
    if test.p_value < FLAG_P_VALUE:
        group.flag = "lower" if test.z < 0 else "higher"


def source_quizzes():
    """Live source-language quizzes, in tree order, for the item-analysis chooser."""
    return list(
        QuizPage.objects.live()
        .filter(locale__language_code=source_language_code(), alias_of__isnull=True)
        .order_by("path")
        .only("id", "title", "translation_key", "path")
    )


def quiz_for(quiz_key):
    """The source-language quiz with that translation key, with its questions, or None."""
    return (
        QuizPage.objects.live()
        .filter(translation_key=quiz_key, locale__language_code=source_language_code(), alias_of__isnull=True)
        .first()
    )


def user_model():
    return get_user_model()


def page_locale_codes(page_ids):
    """{page id: language code} in one query."""
    return dict(Page.objects.filter(id__in=page_ids).values_list("id", "locale__language_code"))
