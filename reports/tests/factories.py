"""Small, hand-checkable cohorts for the report tests: trainees with profiles and records."""

import datetime
import itertools
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from accounts.models import Profile
from training.grading import grade
from training.models import CourseActivity, CourseCompletion, LessonCompletion, QuizAttempt

_numbers = itertools.count(1)
START = timezone.make_aware(datetime.datetime(2026, 3, 2, 10, 0))


def make_trainees(count, language="en", staff_profile="urban_planner", country="FR"):
    """``count`` trainees with profiles, in two queries however many."""
    User = get_user_model()
    names = [f"cohort-{next(_numbers):05d}" for _ in range(count)]
    User.objects.bulk_create([User(username=name, email=f"{name}@example.org") for name in names])
    users = list(User.objects.filter(username__in=names).order_by("username"))
    Profile.objects.bulk_create(
        [
            Profile(
                user=user, name=user.username, staff_profile=staff_profile, country=country, preferred_language=language
            )
            for user in users
        ]
    )
    return users


def enrol(users, course, when=START):
    CourseActivity.objects.bulk_create(
        [
            CourseActivity(user=user, course_key=course.translation_key, last_page_key=course.translation_key)
            for user in users
        ]
    )
    CourseActivity.objects.filter(user__in=users, course_key=course.translation_key).update(started_at=when)


def complete_lessons(users, lessons):
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(user=user, lesson_key=lesson.translation_key) for user in users for lesson in lessons]
    )


def complete_course(users, course):
    CourseCompletion.objects.bulk_create(
        [CourseCompletion(user=user, course_key=course.translation_key) for user in users]
    )


def answers(quiz, right=(), wrong_choice=0):
    """Answers to the factory quiz: questions whose kind is in ``right`` fully right, the others
    fully wrong (single choice: the ``wrong_choice``-th wrong answer)."""
    given = {}
    for child in quiz.questions:
        kind = child.block.kind
        if kind in ("single", "multiple"):
            choices = list(child.value["choices"].bound_blocks)
            good = sorted(c.id for c in choices if c.value["correct"])
            bad = [c.id for c in choices if not c.value["correct"]]
            if kind == "single":
                given[child.id] = good[0] if kind in right else bad[wrong_choice]
            else:
                given[child.id] = good if kind in right else bad
        elif kind == "true_false":
            truth = bool(child.value["answer"])
            given[child.id] = truth if kind in right else not truth
        else:
            items = [item.id for item in child.value["items"].bound_blocks]
            given[child.id] = items if kind in right else list(reversed(items))
    return given


def attempt(user, quiz, given, language="en", when=START):
    result = grade(quiz, given)
    made = QuizAttempt.objects.create(
        user=user,
        quiz_key=quiz.translation_key,
        token=uuid.uuid4(),
        answers=given,
        score=result.score,
        max_score=result.max_score,
        percent=result.percent,
        passed=result.passed,
        language=language,
    )
    QuizAttempt.objects.filter(pk=made.pk).update(submitted_at=when)
    return made


def staff_user(django_user_model, username, group_name=None, superuser=False):
    """A staff member who can reach the Wagtail admin, in one of the migration's groups."""
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw", is_superuser=superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    else:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def add_feedback_survey(course_page):
    """A published feedback survey under ``course_page``: a rating (radio) and a comment."""
    from reports.models import CourseFeedbackField, CourseFeedbackPage

    survey = CourseFeedbackPage(title="Feedback", slug="feedback")
    course_page.add_child(instance=survey)
    CourseFeedbackField.objects.create(
        page=survey, label="Useful?", field_type="radio", choices="No\nYes", sort_order=0, locale=survey.locale
    )
    CourseFeedbackField.objects.create(
        page=survey, label="Comments", field_type="multiline", required=False, sort_order=1, locale=survey.locale
    )
    survey.save_revision().publish()
    return survey


def certify(users, course, issued_at=START, expires_at=None, revoked_at=None, language="en"):
    """Certificates for ``users`` in ``course`` with the given dates, in one query."""
    from training.certificate_codes import new_code
    from training.models import Certificate

    return Certificate.objects.bulk_create(
        [
            Certificate(
                user=user,
                course_key=course.translation_key,
                code=new_code(),
                holder_name=user.username,
                course_title=course.title,
                language=language,
                issued_at=issued_at,
                expires_at=expires_at,
                revoked_at=revoked_at,
            )
            for user in users
        ]
    )


def self_evaluate(user, course, stage, ratings, when=START):
    """A self-evaluation at ``stage`` ("before" or "after"); ``ratings`` by statement position."""
    from training.models import SelfEvaluation

    ids = [statement.id for statement in course.competences]
    evaluation = SelfEvaluation.objects.create(
        user=user,
        course_key=course.translation_key,
        stage=stage,
        ratings={ids[index]: rating for index, rating in enumerate(ratings) if rating is not None},
        language="en",
    )
    SelfEvaluation.objects.filter(pk=evaluation.pk).update(updated_at=when)
    return evaluation
