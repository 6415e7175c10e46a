"""A trainee downloads all their data as JSON and deletes their account; records stay, anonymised."""

import json
import uuid

from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress

from accounts.models import Profile
from accounts.personal_data import NOT_PERSONAL_DATA, SECTIONS, claimed_models
from accounts.tests.factories import PASSWORD, make_trainee
from reports.models import CourseFeedbackSubmission
from reports.tests.factories import add_feedback_survey
from training.models import Certificate, CourseActivity, CourseCompletion, LessonCompletion, QuizAttempt, SelfEvaluation
from training.tests.factories import build_course, complete_course, correct_post, wrong_post

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    client.force_login(user)
    return client


def study(client, course):
    """Complete the first lesson and submit the quiz once wrongly, once rightly."""
    client.get(course.lessons[0].url)
    client.post(course.lessons[0].url, {"action": "complete"})
    client.post(course.quiz.url, wrong_post(course.quiz, uuid.uuid4()))
    client.post(course.quiz.url, correct_post(course.quiz, uuid.uuid4()))


def test_every_model_pointing_at_a_user_is_in_the_export_or_declared_not_personal():
    user_model = get_user_model()
    pointing = {
        model._meta.label
        for model in apps.get_models()
        for field in model._meta.get_fields()
        # Fields a page type inherits from Page (owner, locked_by) belong to wagtailcore.Page.
        if field.is_relation and field.concrete and field.related_model is user_model and field.model is model
    }
    unclaimed = pointing - claimed_models() - NOT_PERSONAL_DATA
    assert not unclaimed, (
        f"{sorted(unclaimed)} store rows about a user: register them in a personal_data.py "
        "(accounts/personal_data.py), or add them to NOT_PERSONAL_DATA with a reason"
    )


def test_export_holds_everything_of_the_trainee_and_nothing_of_another(client, course):
    ana = make_trainee(email="ana@example.org", name="Ana Horvat", organisation="Grad Zagreb", country="HR")
    ben = make_trainee(email="ben@example.org", name="Ben Other")
    study(sign_in(client, ben), course)
    client.logout()
    study(sign_in(client, ana), course)

    response = client.get("/fr/accounts/data/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="agora-data-')
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = json.loads(response.content)
    assert set(data) == {"exported_at", *SECTIONS}
    assert data["account"]["email"] == "ana@example.org"
    assert data["profile"]["name"] == "Ana Horvat"
    assert data["profile"]["organisation"] == "Grad Zagreb"
    assert data["profile"]["country"] == "HR"
    assert data["email_addresses"] == [{"email": "ana@example.org", "verified": True, "primary": True}]
    assert [row["lesson_key"] for row in data["lesson_completions"]] == [str(course.lessons[0].translation_key)]
    attempts = data["quiz_attempts"]
    assert len(attempts) == 2
    assert sorted(attempt["passed"] for attempt in attempts) == [False, True]
    own_tokens = {str(token) for token in QuizAttempt.objects.filter(user=ana).values_list("token", flat=True)}
    assert {attempt["token"] for attempt in attempts} == own_tokens
    assert [row["course_key"] for row in data["course_activity"]] == [str(course.course.translation_key)]
    assert "ben@example.org" not in response.text
    assert "Ben Other" not in response.text


def test_export_needs_a_log_in_and_a_get(client, course):
    response = client.get("/en/accounts/data/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")

    sign_in(client, make_trainee())
    assert client.post("/en/accounts/data/").status_code == 405


def test_deleting_asks_for_the_password_and_keeps_everything_on_a_wrong_one(client, course):
    ana = make_trainee(email="ana@example.org")
    study(sign_in(client, ana), course)

    page = client.get("/de/accounts/delete/")
    assert page.status_code == 200
    response = client.post("/de/accounts/delete/", {"password": "not-it"})

    assert response.status_code == 200
    assert "form-field--invalid" in response.text
    assert get_user_model().objects.filter(pk=ana.pk).exists()
    assert QuizAttempt.objects.filter(user=ana).count() == 2
    assert client.session.get("_auth_user_id") == str(ana.pk)


def test_deleting_removes_the_person_and_keeps_their_records_anonymised(client, course):
    ana = make_trainee(email="ana@example.org", name="Ana Horvat")
    ben = make_trainee(email="ben@example.org")
    study(sign_in(client, ben), course)
    client.logout()
    study(sign_in(client, ana), course)
    counts = {model: model.objects.count() for model in (LessonCompletion, QuizAttempt, CourseActivity)}
    completions = CourseCompletion.objects.count()

    response = client.post("/en/accounts/delete/", {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.session.get("_auth_user_id") is None
    assert not get_user_model().objects.filter(pk=ana.pk).exists()
    assert not EmailAddress.objects.filter(email="ana@example.org").exists()
    assert not Profile.objects.filter(name="Ana Horvat").exists()
    # Nothing lost for the reports; every kept row points at one nameless, inactive stand-in.
    for model, count in counts.items():
        assert model.objects.count() == count
    assert CourseCompletion.objects.count() == completions
    stand_ins = set(QuizAttempt.objects.exclude(user=ben).values_list("user", flat=True))
    assert len(stand_ins) == 1
    stand_in = get_user_model().objects.get(pk=stand_ins.pop())
    assert not stand_in.is_active
    assert stand_in.email == ""
    assert not stand_in.has_usable_password()
    assert not EmailAddress.objects.filter(user=stand_in).exists()
    assert LessonCompletion.objects.filter(user=stand_in).count() == 1
    # Ben is untouched.
    assert QuizAttempt.objects.filter(user=ben).count() == 2

    # The old password opens nothing.
    assert not client.login(username="ana", password=PASSWORD)


def test_two_deleted_trainees_keep_their_records_apart(client, course):
    # One stand-in per deleted account: the one-completion-per-lesson rule still holds.
    for email in ("ana@example.org", "ben@example.org"):
        user = make_trainee(email=email)
        study(sign_in(client, user), course)
        assert client.post("/en/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert LessonCompletion.objects.count() == 2
    assert LessonCompletion.objects.values("user").distinct().count() == 2


def test_certificates_self_evaluations_and_survey_answers_are_exported_then_revoked_or_anonymised(client):
    built = build_course(translate_into=(), competences=["I can walk a site and name its vulnerabilities."])
    survey = add_feedback_survey(built.course)
    ana = make_trainee(email="ana@example.org", name="Ana Horvat")
    sign_in(client, ana)
    statement = built.course.competences[0].id
    before_url = f"/en/my-learning/self-evaluation/{built.course.translation_key}/before/"
    assert client.post(before_url, {f"c-{statement}": "2"}).status_code == 302
    complete_course(client, built)
    assert client.post(survey.url, {"useful": "Yes", "comments": "Ana's own words"}).status_code == 200
    certificate = Certificate.objects.get(user=ana)

    data = client.get("/en/accounts/data/").json()

    assert [row["code"] for row in data["certificates"]] == [certificate.formatted_code]
    assert data["certificates"][0]["holder_name"] == "Ana Horvat"
    assert data["certificates"][0]["status"] == "valid"
    assert [(row["stage"], row["ratings"]) for row in data["self_evaluations"]] == [("before", {statement: 2})]
    assert [row["answers"]["comments"] for row in data["survey_answers"]] == ["Ana's own words"]

    assert client.post("/en/accounts/delete/", {"password": PASSWORD}).status_code == 302

    # docs/certificates.md: revoked, kept under the stand-in without a name; the code verifies as revoked.
    certificate.refresh_from_db()
    assert certificate.status() == "revoked"
    assert certificate.holder_name == ""
    # The reason is stored once, in the source language, and read in the staff member's own.
    with translation.override("fr"):
        assert certificate.revocation_reason_shown() == "Le titulaire a supprimé son compte."
    with translation.override("de"):
        assert certificate.revocation_reason_shown() == "Die Inhaberin oder der Inhaber hat das Konto gelöscht."
    stand_in = certificate.user
    assert stand_in.username.startswith("deleted-") and not stand_in.is_active
    assert SelfEvaluation.objects.get().user == stand_in
    assert CourseFeedbackSubmission.objects.get().user == stand_in
    check = Client().get(f"/en/certificates/verify/{certificate.formatted_code}/")
    assert check.status_code == 200
    assert check.context["status"] == "revoked"
    assert "Ana Horvat" not in check.text
