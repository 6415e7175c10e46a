"""The report views: who may see them, their CSV, and query counts that do not grow with trainees."""

import csv
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from reports.models import CourseFeedbackSubmission
from reports.tests.factories import (
    START,
    add_feedback_survey,
    answers,
    attempt,
    certify,
    complete_lessons,
    enrol,
    make_trainees,
    self_evaluate,
    staff_user,
)
from reports.views import TRAINING_REPORTS

pytestmark = pytest.mark.django_db

SLUGS = [view.slug for view in TRAINING_REPORTS]


def report_url(slug, query=""):
    return reverse(f"agora_reports:{slug}") + query


def body(response):
    return b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()


@pytest.fixture
def course(db):
    """The shared course, with competence statements so the self-evaluation report has rows."""
    from training.tests.factories import build_course

    return build_course(competences=("Read a site", "Plan a safety walk"))


@pytest.fixture
def editor(django_user_model):
    return staff_user(django_user_model, "editor", "Editors")


@pytest.fixture
def coordinator(django_user_model):
    return staff_user(django_user_model, "coordinator", "Training coordinators")


def add_survey(course):
    return add_feedback_survey(course.course)


def add_cohort(course, survey, size):
    users = make_trainees(size)
    enrol(users, course.course)
    complete_lessons(users, course.lessons[:2])
    for index, user in enumerate(users):
        attempt(user, course.quiz, answers(course.quiz, right={"single"} if index % 2 else {"single", "ordering"}))
    CourseFeedbackSubmission.objects.bulk_create(
        [
            CourseFeedbackSubmission(
                page=survey,
                user=user,
                survey_key=survey.translation_key,
                form_data={"useful": "Yes", "comments": f"Comment by {user.username}"},
            )
            for user in users
        ]
    )
    certify(users, course.course)
    for user in users:
        self_evaluate(user, course.course, "before", (2, 3))
        self_evaluate(user, course.course, "after", (4, 3))
    return users


@pytest.mark.parametrize("slug", SLUGS)
def test_anonymous_visitors_are_sent_to_log_in(client, slug):
    response = client.get(report_url(slug))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("slug", SLUGS)
def test_staff_without_the_permission_are_turned_away(client, django_user_model, slug):
    client.force_login(staff_user(django_user_model, "translator"))
    response = client.get(report_url(slug))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    csv_response = client.get(report_url(slug, "?export=csv"))
    assert csv_response.status_code == 302


@pytest.mark.parametrize("slug", SLUGS)
def test_editors_and_coordinators_see_the_reports(client, course, editor, coordinator, slug):
    for user in (editor, coordinator):
        client.force_login(user)
        assert client.get(report_url(slug)).status_code == 200


def test_written_feedback_only_for_coordinators(client, course, editor, coordinator, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 2
    survey = add_survey(course)
    users = add_cohort(course, survey, 3)
    client.force_login(editor)
    page = body(client.get(report_url("feedback")))
    assert "Yes" in page and f"Comment by {users[0].username}" not in page
    assert f"Comment by {users[0].username}" not in body(client.get(report_url("feedback", "?export=csv")))
    client.force_login(coordinator)
    assert f"Comment by {users[0].username}" in body(client.get(report_url("feedback")))
    assert f"Comment by {users[0].username}" in body(client.get(report_url("feedback", "?export=csv")))


def test_course_csv_content(client, course, editor, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 5
    users = make_trainees(6)
    enrol(users, course.course)
    client.force_login(editor)
    response = client.get(report_url("courses", "?export=csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body(response))))
    assert rows == [
        ["Course", "Enrolled", "Completed", "Completion rate"],
        [course.course.title, "6", "0", "0.0 %"],
    ]
    settings.REPORTS_MIN_GROUP_SIZE = 7
    rows = list(csv.reader(io.StringIO(body(client.get(report_url("courses", "?export=csv"))))))
    assert rows[1] == [course.course.title, "fewer than 7", "0", "fewer than 7"]


def test_item_csv_flattens_questions_and_languages(client, course, editor, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 2
    for language in ("en", "fr"):
        for user in make_trainees(2, language=language):
            attempt(user, course.quiz, answers(course.quiz, right={"true_false"}), language=language)
    client.force_login(editor)
    rows = list(csv.DictReader(io.StringIO(body(client.get(report_url("items", "?export=csv"))))))
    # 4 questions x (all languages + en + fr).
    assert len(rows) == 12
    true_false = [row for row in rows if row["Question"] == "3"]
    assert [row["Language"] for row in true_false] == ["All languages", "en", "fr"]
    assert {row["Share correct"] for row in true_false} == {"100.0 %"}


def test_xlsx_export(client, course, editor):
    client.force_login(editor)
    response = client.get(report_url("drop-off", "?export=xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_bad_filters_are_shown_not_crashed(client, course, editor):
    client.force_login(editor)
    for slug in SLUGS:
        response = client.get(report_url(slug, "?course=nope&quiz=nope&period_after=yesterday&language=xx"))
        assert response.status_code == 200


@pytest.mark.parametrize("slug", SLUGS)
def test_query_count_does_not_grow_with_trainees(client, course, editor, settings, slug):
    settings.REPORTS_MIN_GROUP_SIZE = 2
    survey = add_survey(course)
    client.force_login(editor)
    add_cohort(course, survey, 3)
    client.get(report_url(slug))  # warm caches (content types, site)
    with CaptureQueriesContext(connection) as small:
        assert client.get(report_url(slug)).status_code == 200
    add_cohort(course, survey, 6)
    with CaptureQueriesContext(connection) as large:
        assert client.get(report_url(slug)).status_code == 200
    assert len(small) == len(large)
    assert len(large) <= 20


def test_menu_items_only_for_permitted_staff(client, django_user_model, editor):
    client.force_login(editor)
    assert "Enrolments and completions" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_user(django_user_model, "translator"))
    assert "Enrolments and completions" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_certificate_csv_content(client, course, editor, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 5
    users = make_trainees(6)
    certify(users[:5], course.course)
    certify(users[5:], course.course, revoked_at=START)
    client.force_login(editor)
    rows = list(csv.reader(io.StringIO(body(client.get(report_url("certificates", "?export=csv"))))))
    assert rows == [
        ["Course", "Certificates issued", "Certificates revoked", "Currently valid", "Expired"],
        [course.course.title, "6", "fewer than 5", "5", "0"],
    ]
    page = body(client.get(report_url("certificates")))
    assert "<svg" in page and "Certificates issued per course" in page


def test_self_evaluation_csv_content(client, course, editor, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 5
    users = make_trainees(6)
    for index, user in enumerate(users):
        self_evaluate(user, course.course, "before", (2, 3))
        # Five gain 2 on the first statement, one gains 1; all keep 3 on the second.
        self_evaluate(user, course.course, "after", (4 if index else 3, 3))
    client.force_login(editor)
    rows = list(csv.reader(io.StringIO(body(client.get(report_url("self-evaluation", "?export=csv"))))))
    assert rows[0] == [
        "Course",
        "Competence statement",
        "Trainees who rated it before and after",
        "Mean before (1–5)",
        "Mean after (1–5)",
        "Mean gain",
        "Gains, trainees per gain",
    ]
    assert rows[1][:6] == [course.course.title, "Read a site", "6", "2.0", "3.83", "1.83"]
    # One trainee gained 1: that count is hidden.
    assert rows[1][6] == "-4: 0; -3: 0; -2: 0; -1: 0; +0: 0; +1: fewer than 5; +2: 5; +3: 0; +4: 0"
    assert rows[2][:6] == [course.course.title, "Plan a safety walk", "6", "3.0", "3.0", "0.0"]
    settings.REPORTS_MIN_GROUP_SIZE = 7
    rows = list(csv.reader(io.StringIO(body(client.get(report_url("self-evaluation", "?export=csv"))))))
    assert rows[1] == [course.course.title, "Read a site", "fewer than 7", "", "", "", ""]
