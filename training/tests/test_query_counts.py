"""The lesson page and the dashboard make as many queries with 3N lessons and attempts as with N."""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from training.models import CourseActivity, LessonCompletion, QuizAttempt
from training.tests.factories import build_course

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def give_history(user, course, attempts):
    for lesson in course.lessons:
        LessonCompletion.objects.get_or_create(user=user, lesson_key=lesson.translation_key)
    for number in range(attempts):
        QuizAttempt.objects.create(
            user=user,
            quiz_key=course.quiz.translation_key,
            token=uuid.uuid4(),
            answers={},
            score=number % 5,
            max_score=5,
            percent=20 * (number % 5),
            passed=number % 5 > 2,
            language="en",
        )
    CourseActivity.objects.update_or_create(
        user=user,
        course_key=course.course.translation_key,
        defaults={"last_page_key": course.lessons[0].translation_key},
    )


def test_lesson_page_queries_do_not_grow_with_lessons_or_attempts(client, trainee, django_user_model):
    small = build_course(modules=2, lessons_per_module=2, translate_into=())
    client.force_login(trainee)
    give_history(trainee, small, attempts=3)
    client.get(small.lessons[1].url)  # warm caches that every request shares (site root paths)
    at_n = count_queries(client, small.lessons[1].url)

    from training.models import TrainingIndexPage

    TrainingIndexPage.objects.all().delete()
    large = build_course(site=small.site, modules=6, lessons_per_module=2, translate_into=())
    give_history(trainee, large, attempts=9)
    client.get(large.lessons[1].url)
    at_3n = count_queries(client, large.lessons[1].url)
    assert at_3n == at_n
    assert at_n <= 20


def give_certificate_and_evaluations(user, course):
    from training.models import SelfEvaluation
    from training.services.issuing import issue_certificate

    issue_certificate(user, course.translation_key, language="en")
    for stage in ("before", "after"):
        SelfEvaluation.objects.create(
            user=user, course_key=course.translation_key, stage=stage, ratings={}, language="en"
        )


def test_dashboard_queries_do_not_grow_with_courses_or_attempts(client, trainee):
    from portal.profiles import StaffProfile
    from training.models import LearningPath

    first = build_course(translate_into=(), competences=["I can do it."])
    client.force_login(trainee)
    give_history(trainee, first, attempts=4)
    give_certificate_and_evaluations(trainee, first.course)
    trainee.profile.staff_profile = StaffProfile.VOLUNTEER
    trainee.profile.save()
    path = LearningPath.objects.create(
        locale=first.course.locale,
        staff_profile=StaffProfile.VOLUNTEER,
        title="Volunteers",
        courses=[{"type": "course", "value": first.course.pk}],
    )
    client.get("/en/my-learning/")
    at_n = count_queries(client, "/en/my-learning/")

    from training.models import CoursePage

    for number in range(2):
        course = CoursePage(
            title=f"More {number}",
            slug=f"more-{number}",
            summary="More.",
            competences=[{"type": "competence", "value": "I can do more."}],
        )
        first.index.add_child(instance=course)
        course.save_revision().publish()
        CourseActivity.objects.create(
            user=trainee, course_key=course.translation_key, last_page_key=course.translation_key
        )
        give_certificate_and_evaluations(trainee, course)
        path.courses.append(("course", course))
    path.save()
    give_history(trainee, first, attempts=8)
    at_3n = count_queries(client, "/en/my-learning/")
    response = client.get("/en/my-learning/")
    assert len(response.context["certificates"]) == 3 and len(response.context["charts"]) == 3
    assert len(response.context["path_outlines"]) == 3
    assert at_3n == at_n
    assert at_n <= 20
