"""Log-in, sign-up and password reset are rate limited (ACCOUNT_RATE_LIMITS); the 429 is
Agora's page, in the visitor's language."""

from django.conf import settings

import pytest

from accounts.tests.factories import PASSWORD, make_trainee

pytestmark = pytest.mark.django_db


def limit(action, scope):
    """How many attempts ACCOUNT_RATE_LIMITS allows per minute for ``action`` counted by ``scope``."""
    for rate in settings.ACCOUNT_RATE_LIMITS[action].split(","):
        amount, period, *rest = rate.split("/")
        if rest == [scope] and period == "m":
            return int(amount)
    raise AssertionError(f"no per-minute {scope} limit for {action}")


def assert_translated_429(response, lang, heading):
    assert response.status_code == 429
    assert f'<html lang="{lang}"' in response.text
    assert f"<h1>{heading}</h1>" in response.text


def test_log_in_is_limited_per_address_with_a_translated_429(client, site_tree):
    allowed = limit("login", "ip")
    for _attempt in range(allowed):
        response = client.post("/fr/accounts/login/", {"login": "nobody@example.org", "password": "wrong"})
        assert response.status_code == 200

    response = client.post("/fr/accounts/login/", {"login": "nobody@example.org", "password": "wrong"})

    assert_translated_429(response, "fr", "Trop de tentatives")


def test_failed_log_ins_for_one_account_are_refused_even_with_the_right_password(client, site_tree):
    make_trainee(email="ana@example.org")
    for _attempt in range(5):
        client.post("/de/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    response = client.post("/de/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    assert response.status_code == 200
    assert "Zu viele gescheiterte Anmeldeversuche" in response.text
    assert "_auth_user_id" not in client.session


def test_sign_up_is_limited_per_address_with_a_translated_429(client, site_tree, django_user_model):
    allowed = limit("signup", "ip")
    for _attempt in range(allowed):
        # Invalid on purpose: the limit counts attempts, and nothing should be stored anyway.
        response = client.post("/el/accounts/signup/", {"email": "not-an-email"})
        assert response.status_code == 200

    response = client.post("/el/accounts/signup/", {"email": "not-an-email"})

    assert_translated_429(response, "el", "Πάρα πολλές προσπάθειες")
    assert not django_user_model.objects.exists()


def test_password_reset_is_limited_per_email_with_a_translated_429(client, site_tree, mailoutbox):
    make_trainee(email="ana@example.org")
    allowed = limit("reset_password", "key")
    for _attempt in range(allowed):
        response = client.post("/fr/accounts/password/reset/", {"email": "ana@example.org"})
        assert response.status_code == 302

    response = client.post("/fr/accounts/password/reset/", {"email": "ana@example.org"})

    assert_translated_429(response, "fr", "Trop de tentatives")
    assert len(mailoutbox) == allowed
