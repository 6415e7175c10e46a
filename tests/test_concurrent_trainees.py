"""Fifty trainees at once, over HTTP against gunicorn (production-like settings, two workers):
each completes every lesson and submits the quiz (twice with the same token, as a double click
does). No error, no lost and no duplicated record, and exactly one certificate each."""

import re
import threading
import uuid
from urllib.parse import urlencode
from urllib.request import HTTPErrorProcessor, Request, build_opener

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection

import psycopg
import pytest

from accounts.tests.factories import make_trainee
from bench.cluster import Cluster, restore_into
from bench.gunicorn import Gunicorn
from training.tests.factories import build_course, correct_post

TRAINEES = 50
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirects(HTTPErrorProcessor):
    def http_response(self, request, response):
        return response


def signed_in_session(user):
    """A session cookie for ``user``, as a log-in would leave (log-ins are rate limited per address)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


class Trainee:
    def __init__(self, base, session_key):
        self.base = base
        self.opener = build_opener(NoRedirects)
        self.cookies = {settings.SESSION_COOKIE_NAME: session_key}

    def request(self, path, data=None):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        headers = {"Cookie": cookie, "Referer": self.base + path}
        body = urlencode(data, doseq=True).encode() if data is not None else None
        request = Request(self.base + path, data=body, headers=headers)  # noqa: S310 - loopback http
        with self.opener.open(request, timeout=30) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _sep, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.read().decode()

    def post_form(self, path, data):
        status, page = self.request(path)
        assert status == 200, (path, status)
        token = CSRF_FIELD.search(page).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})


def database_url():
    values = connection.settings_dict
    return f"postgres://{values['USER']}@{values['HOST']}:{values['PORT']}/{values['NAME']}"


def assert_one_certificate_each(database, trainee_ids, course_key):
    """Every trainee completed the course once: exactly one certificate each, valid, for that course,
    with a code of its own (docs/certificates.md)."""
    rows = database.execute(
        "SELECT user_id, course_key, code, revoked_at FROM training_certificate WHERE user_id = ANY(%s)",
        [trainee_ids],
    ).fetchall()
    per_trainee = {}
    for user_id, *_rest in rows:
        per_trainee[user_id] = per_trainee.get(user_id, 0) + 1
    assert per_trainee == dict.fromkeys(trainee_ids, 1), "not exactly one certificate per trainee"
    assert {row[1] for row in rows} == {course_key}
    assert all(row[3] is None for row in rows), "a certificate was revoked"
    assert len({row[2] for row in rows}) == len(trainee_ids), "two trainees share a certificate code"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_trainees_at_once_lose_and_duplicate_nothing():
    course = build_course(translate_into=())
    trainees = [make_trainee(email=f"t{number}@example.org") for number in range(TRAINEES)]
    sessions = [signed_in_session(user) for user in trainees]
    lesson_paths = [lesson.url for lesson in course.lessons]
    quiz_path = course.quiz.url
    answers = [correct_post(course.quiz, uuid.uuid4()) for _trainee in trainees]

    cluster = Cluster()
    server = None
    try:
        restore_into(cluster, database_url())
        # The sessions were signed with this process's key: gunicorn must use the same one.
        server = Gunicorn(cluster.url, extra_env={"SECRET_KEY": settings.SECRET_KEY})
        barrier = threading.Barrier(TRAINEES)
        failures = []

        def work(number):
            trainee = Trainee(server.base, sessions[number])
            try:
                barrier.wait(timeout=60)
                for path in lesson_paths:
                    status, _page = trainee.post_form(path, {"action": "complete"})
                    assert status == 302, (path, status)
                first = trainee.post_form(quiz_path, answers[number])[0]
                again = trainee.post_form(quiz_path, answers[number])[0]
                assert (first, again) == (302, 302)
            except Exception as error:  # collected, reported below
                failures.append(f"trainee {number}: {error!r}")

        threads = [threading.Thread(target=work, args=(number,)) for number in range(TRAINEES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not failures, "\n".join(failures[:10])

        ids = [user.pk for user in trainees]
        with psycopg.connect(cluster.url) as database:

            def per_trainee(table):
                rows = database.execute(
                    f"SELECT user_id, count(*) FROM {table} WHERE user_id = ANY(%s) GROUP BY user_id",  # noqa: S608
                    [ids],
                ).fetchall()
                return dict(rows)

            assert per_trainee("training_lessoncompletion") == dict.fromkeys(ids, len(lesson_paths))
            assert per_trainee("training_quizattempt") == dict.fromkeys(ids, 1)
            assert per_trainee("training_coursecompletion") == dict.fromkeys(ids, 1)
            assert_one_certificate_each(database, ids, course.course.translation_key)
    finally:
        if server is not None:
            server.stop()
        cluster.remove()
