"""Progress rules, completion once, language switches and the session-to-account merge."""

import uuid

import pytest

from training.models import CourseActivity, CourseCompletion, LessonCompletion, QuizAttempt
from training.services.progress import CourseOutline
from training.services.records import UserRecords
from training.signals import course_completed
from training.tests.factories import correct_post, wrong_post

pytestmark = pytest.mark.django_db


def complete(client, lesson):
    return client.post(lesson.url, {"action": "complete"})


def outline_for(course, user):
    return CourseOutline.bulk([course.course], UserRecords(user))[0]


def test_marking_a_lesson_done_records_it_once_and_moves_on(client, course, trainee):
    client.force_login(trainee)
    first, second = course.lessons[0], course.lessons[1]
    response = complete(client, first)
    assert response.status_code == 302 and response["Location"] == second.url
    complete(client, first)
    assert LessonCompletion.objects.filter(user=trainee).count() == 1
    assert outline_for(course, trainee).modules[0].items[0].done


def test_a_module_needs_its_lessons_and_a_passed_quiz(client, course, trainee):
    client.force_login(trainee)
    last_module_lessons = [lesson for lesson in course.lessons if lesson.get_parent().pk == course.modules[-1].pk]
    for lesson in last_module_lessons:
        complete(client, lesson)
    assert not outline_for(course, trainee).modules[-1].done
    client.post(course.quiz.url, wrong_post(course.quiz, uuid.uuid4()))
    assert not outline_for(course, trainee).modules[-1].done
    client.post(course.quiz.url, correct_post(course.quiz, uuid.uuid4()))
    assert outline_for(course, trainee).modules[-1].done
    assert not outline_for(course, trainee).done  # the first module is not done yet


def test_a_course_is_completed_once_and_listeners_hear_it_once(client, course, trainee):
    heard = []

    def listener(sender, user, course_key, **kwargs):
        heard.append((user.pk, course_key))

    course_completed.connect(listener)
    try:
        client.force_login(trainee)
        for lesson in course.lessons:
            complete(client, lesson)
        assert not CourseCompletion.objects.exists()
        client.post(course.quiz.url, correct_post(course.quiz, uuid.uuid4()))
        client.post(course.quiz.url, correct_post(course.quiz, uuid.uuid4()))
        complete(client, course.lessons[0])
    finally:
        course_completed.disconnect(listener)
    assert CourseCompletion.objects.filter(user=trainee, course_key=course.course.translation_key).count() == 1
    assert heard == [(trainee.pk, course.course.translation_key)]
    assert outline_for(course, trainee).done


def test_switching_language_mid_course_keeps_everything(client, course, trainee):
    client.force_login(trainee)
    french = course.translations["fr"]
    complete(client, french.lessons[0])
    client.post(french.quiz.url, correct_post(french.quiz, uuid.uuid4()))
    # The English pages see the French work: progress is keyed on translation keys.
    english_outline = outline_for(course, trainee)
    assert english_outline.modules[0].items[0].done
    assert english_outline.find(course.quiz.translation_key).done
    page = client.get(course.lessons[1].url).content.decode()
    assert page.count("status--done") >= 2
    assert QuizAttempt.objects.get(user=trainee).language == "fr"


def test_continue_where_you_left_off(client, course, trainee):
    client.force_login(trainee)
    client.get(course.lessons[2].url)
    activity = CourseActivity.objects.get(user=trainee)
    assert activity.last_page_key == course.lessons[2].translation_key
    dashboard = client.get("/en/my-learning/").content.decode()
    assert f'href="{course.lessons[0].url}"' in dashboard or f'href="{course.lessons[2].url}"' in dashboard
    course_page = client.get(course.course.url).content.decode()
    assert "Start the course" in course_page
    complete(client, course.lessons[0])
    assert "Continue where you left off" in client.get(course.course.url).content.decode()


def test_a_visitors_session_work_joins_their_account_on_log_in(client, course, trainee):
    complete(client, course.lessons[0])
    token = uuid.uuid4()
    client.post(course.quiz.url, correct_post(course.quiz, token))
    client.get(course.lessons[1].url)
    assert not LessonCompletion.objects.exists() and not QuizAttempt.objects.exists()

    client.post("/en/accounts/login/", {"login": trainee.email, "password": "pw"})
    assert LessonCompletion.objects.filter(user=trainee, lesson_key=course.lessons[0].translation_key).exists()
    attempt = QuizAttempt.objects.get(user=trainee)
    assert attempt.token == token and attempt.passed
    assert CourseActivity.objects.filter(user=trainee).exists()
    # The review of the session attempt is now the account's.
    assert client.get(f"{course.quiz.url}result/{token}/").status_code == 200


def test_merge_keeps_existing_records_once(client, course, trainee):
    client.force_login(trainee)
    complete(client, course.lessons[0])
    client.logout()
    complete(client, course.lessons[0])
    client.post("/en/accounts/login/", {"login": trainee.email, "password": "pw"})
    assert LessonCompletion.objects.filter(user=trainee).count() == 1


def test_dashboard_needs_an_account(client, course):
    response = client.get("/fr/my-learning/")
    assert response.status_code == 302
    assert "/fr/accounts/login/" in response["Location"]
