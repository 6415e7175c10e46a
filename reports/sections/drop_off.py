"""Drop-off per lesson and quiz, in course order (see docs/reports.md for the definitions)."""

from collections import defaultdict
from dataclasses import dataclass

from reports.figures import Count, Share, enrolments, outlines, source_courses
from training.models import LessonCompletion, QuizAttempt


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
