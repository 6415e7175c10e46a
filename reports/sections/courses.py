"""Enrolments, completions and the completion rate per course (see docs/reports.md for the definitions)."""

import uuid
from dataclasses import dataclass

from django.db.models import Count as CountOf
from django.db.models import Exists, OuterRef

from reports.figures import Count, Share, enrolments, source_courses
from training.models import CourseCompletion


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
