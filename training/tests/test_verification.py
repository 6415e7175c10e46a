"""Public verification: every state, only the least personal data, rate limited; revocation in the admin."""

from datetime import timedelta

from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.tests.factories import make_trainee
from training.certificate_codes import new_code
from training.models import Certificate
from training.services.issuing import issue_certificate
from training.tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(db):
    built = build_course(translate_into=("el",))
    trainee = make_trainee(email="maria@example.org", name="Μαρία Κ.", organisation="City of Piraeus")
    return issue_certificate(trainee, built.course.translation_key, language="el")


def verify(client, code, language="en"):
    from django.utils import translation

    with translation.override(language):
        return client.get(reverse("certificate_verify", args=[code]))


def test_valid_shows_only_name_course_and_date(client, certificate):
    response = verify(client, certificate.formatted_code)
    assert response.status_code == 200
    assert response.context["status"] == "valid"
    html = response.content.decode()
    assert "This certificate is valid." in html
    assert "Μαρία Κ." in html and "CPTED basics" in html
    assert "maria@example.org" not in html and "Piraeus" not in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_valid_in_greek_with_the_greek_course_title(client, certificate):
    response = verify(client, certificate.formatted_code, "el")
    assert response.status_code == 200
    assert response.context["course_title"] == "Cours (el)"  # the factory's translated title


def test_typed_codes_are_forgiving(client, certificate):
    typed = certificate.code.lower()
    assert verify(client, typed).context["status"] == "valid"


def test_revoked_shows_the_date(client, certificate):
    certificate.revoked_at = timezone.now() - timedelta(days=3)
    certificate.save()
    response = verify(client, certificate.formatted_code)
    assert response.status_code == 200
    assert response.context["status"] == "revoked"
    assert "was revoked on" in response.content.decode()
    assert "reason" not in response.content.decode().lower()


def test_expired(client, certificate):
    certificate.expires_at = timezone.now() - timedelta(days=1)
    certificate.save()
    response = verify(client, certificate.formatted_code)
    assert response.context["status"] == "expired"
    assert "expired on" in response.content.decode()


def test_unknown_and_malformed_codes(client, certificate):
    for code in (new_code(), "nonsense", "x" * 300, "' OR 1=1 --"):
        response = verify(client, code)
        assert response.status_code == 404, code
        assert response.context["status"] == "unknown"
        assert "No certificate has this code." in response.content.decode()


def test_the_form_leads_to_the_check_or_explains_the_mistake(client, certificate):
    url = reverse("certificate_verify_form")
    assert client.get(url).status_code == 200
    response = client.get(url, {"code": certificate.code.lower()})
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_verify", args=[certificate.formatted_code])
    response = client.get(url, {"code": "1234"})
    assert response.status_code == 200
    assert "24 letters and digits" in response.content.decode()
    assert client.post(url, {"code": "1234"}).status_code == 405


@override_settings(CERTIFICATE_VERIFY_RATE="3/m")
def test_past_the_limit_a_translated_429(client, certificate):
    for _ in range(3):
        assert verify(client, new_code()).status_code == 404
    response = verify(client, certificate.formatted_code, "fr")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert "Trop de tentatives" in response.content.decode()
    # Another client address has its own allowance.
    assert (
        client.get(reverse("certificate_verify", args=[certificate.formatted_code]), REMOTE_ADDR="10.0.0.9").status_code
        == 200
    )


def test_revocation_through_the_admin_shows_at_once(client, certificate, django_user_model):
    from django.contrib.auth.models import Group, Permission

    coordinator = django_user_model.objects.create_user("coordinator", "c@example.org", "pw", is_staff=True)
    group = Group.objects.get_or_create(name="Training coordinators")[0]
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="revoke_certificate")
    )
    editor = django_user_model.objects.create_user("editor", "e@example.org", "pw", is_staff=True)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    Group.objects.get(name="Editors").permissions.add(Permission.objects.get(codename="access_admin"))
    revoke_url = reverse("training_certificates:revoke", args=[certificate.pk])

    client.force_login(editor)
    assert client.get(reverse("training_certificates:list")).status_code in (302, 403)
    assert client.post(revoke_url, {"reason": "No"}).status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    coordinator.groups.add(group)
    client.force_login(coordinator)
    listing = client.get(reverse("training_certificates:list"), {"q": certificate.code.lower()})
    assert listing.status_code == 200
    assert certificate.formatted_code in listing.content.decode()
    response = client.post(revoke_url, {"reason": ""})
    assert response.status_code == 200  # the form again: a reason is required
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None
    response = client.post(revoke_url, {"reason": "The exam was taken by someone else."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_by == coordinator
    assert certificate.revocation_reason == "The exam was taken by someone else."

    client.logout()
    assert verify(client, certificate.formatted_code).context["status"] == "revoked"
