"""Building blocks every report shares: ``Count`` and ``Share`` (hidden below ``REPORTS_MIN_GROUP_SIZE``),
``ReportFilters``, and the shared queries (source courses, outlines, enrolments, first quiz attempts)."""

import datetime
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.languages import source_language_code
from reports import stats
from training.models import CourseActivity, CoursePage, QuizAttempt
from training.services.progress import CourseOutline


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
