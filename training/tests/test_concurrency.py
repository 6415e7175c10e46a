"""Two submissions of the same quiz form at the same moment leave exactly one attempt (PostgreSQL)."""

import threading
import uuid

from django.db import connection
from django.test import Client

import pytest

from training.models import QuizAttempt
from training.tests.factories import build_course, correct_post


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_submissions_with_one_token_store_one_attempt(trainee):
    course = build_course(translate_into=())
    data = correct_post(course.quiz, uuid.uuid4())
    barrier = threading.Barrier(4)
    responses, errors = [], []

    def submit():
        client = Client()
        client.force_login(trainee)
        try:
            barrier.wait(timeout=10)
            responses.append(client.post(course.quiz.url, data))
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert [response.status_code for response in responses] == [302] * 4
    assert len({response["Location"] for response in responses}) == 1
    assert QuizAttempt.objects.filter(user=trainee).count() == 1
