"""Log-in by email, log-out by POST, the header's account link, and the preferred-language redirect."""

import pytest

from accounts.tests.factories import PASSWORD, make_trainee
from home.tests.factories import build_site_tree

pytestmark = pytest.mark.django_db


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_log_in_by_email_address(client, site_tree):
    user = make_trainee(email="ana@example.org")

    response = client.post("/en/accounts/login/", {"login": "ANA@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/my-learning/"
    assert signed_in_user_id(client) == str(user.pk)


def test_wrong_password_is_refused_with_a_translated_message(client, site_tree):
    make_trainee(email="ana@example.org")

    response = client.post("/it/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    assert response.status_code == 200
    assert "indirizzo email e/o la password che hai usato non sono corretti." in response.text
    assert signed_in_user_id(client) is None


def test_log_out_needs_a_post_and_returns_to_the_home_page_of_the_language(client, site_tree):
    make_trainee(email="ana@example.org")
    client.post("/nl/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    asked = client.get("/nl/accounts/logout/")
    assert asked.status_code == 200  # a confirmation page, not a log-out
    assert signed_in_user_id(client) is not None

    response = client.post("/nl/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"
    assert signed_in_user_id(client) is None


def test_header_offers_log_in_to_visitors_and_profile_and_log_out_to_trainees(client, site_tree):
    visitor = client.get("/fr/").text
    assert 'href="/fr/accounts/login/"' in visitor
    assert "/accounts/logout/" not in visitor

    client.force_login(make_trainee(email="ana@example.org"))
    trainee = client.get("/fr/").text
    assert 'href="/fr/accounts/profile/"' in trainee
    assert '<form class="account-menu__logout" method="post" action="/fr/accounts/logout/">' in trainee
    assert 'name="csrfmiddlewaretoken"' in trainee


@pytest.mark.parametrize(
    ("login_url", "expected"),
    [
        ("/en/accounts/login/", "/de/my-learning/"),  # LOGIN_REDIRECT_URL: the dashboard
        ("/en/accounts/login/?next=/en/accounts/email/", "/de/accounts/email/"),  # an explicit target
        ("/en/accounts/login/?next=/en/about/%3Fq%3D1", "/de/ueber-agora/?q=1"),  # a page: its translation
        ("/de/accounts/login/?next=/de/accounts/email/", "/de/accounts/email/"),  # already right
    ],
)
def test_log_in_continues_in_the_preferred_language(client, db, login_url, expected):
    build_site_tree(translated_into=("de",))  # the about page is /de/ueber-agora/
    make_trainee(email="jonas@example.org", preferred_language="de")

    response = client.post(login_url, {"login": "jonas@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_an_untranslated_page_keeps_its_path_under_the_preferred_language(client, site_tree):
    make_trainee(email="jonas@example.org", preferred_language="de")

    response = client.post("/en/accounts/login/?next=/en/about/", {"login": "jonas@example.org", "password": PASSWORD})

    assert response["Location"] == "/de/about/"  # the alias page wagtail-localize keeps in every locale
    assert client.get(response["Location"]).status_code == 200


def test_repeated_failed_log_ins_lock_the_account_for_a_while_with_a_translated_message(client, site_tree):
    make_trainee(email="ana@example.org")
    for _attempt in range(5):
        client.post("/es/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    response = client.post("/es/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    assert response.status_code == 200
    assert "Demasiados intentos fallidos" in response.text
    assert signed_in_user_id(client) is None


def test_too_many_log_in_requests_answer_429_in_the_visitors_language(client, site_tree, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "2/m/ip"}
    for _attempt in range(2):
        client.post("/es/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    response = client.post("/es/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    assert response.status_code == 429
    assert '<html lang="es"' in response.text
    assert "<h1>" in response.text
