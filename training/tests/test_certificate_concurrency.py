"""Course completion recorded at the same moment in several requests leaves one certificate (PostgreSQL)."""

import threading

from django.db import connection

import pytest

from accounts.tests.factories import make_trainee
from training.models import Certificate
from training.signals import course_completed
from training.tests.factories import build_course


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_issue_exactly_one_certificate():
    built = build_course(translate_into=())
    trainee = make_trainee()
    barrier = threading.Barrier(6)
    errors = []

    def complete():
        try:
            barrier.wait(timeout=10)
            course_completed.send(sender=None, user=trainee, course_key=built.course.translation_key)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=complete) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert Certificate.objects.filter(user=trainee, course_key=built.course.translation_key).count() == 1
