"""Sign-up in the visitor's language: the user, the profile, the confirmation email, and rejected forms."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from accounts.models import Profile
from accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP_DATA = {
    "email": "Camille@Example.org",
    "name": "Camille Dupont",
    "organisation": "Ville de Lyon",
    "country": "FR",
    "staff_profile": "urban_planner",
    "password1": PASSWORD,
    "password2": PASSWORD,
}


def confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", message.body).group(1)


def test_signup_in_french_creates_user_and_profile_and_sends_a_french_confirmation(client, site_tree):
    response = client.post("/fr/accounts/signup/", SIGNUP_DATA)

    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/confirm-email/"
    user = get_user_model().objects.get(email="camille@example.org")
    profile = user.profile
    assert (profile.name, profile.organisation, profile.country.code, profile.staff_profile) == (
        "Camille Dupont",
        "Ville de Lyon",
        "FR",
        "urban_planner",
    )
    assert profile.preferred_language == "fr"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["camille@example.org"]
    assert message.subject == "[Agora] Confirmez votre adresse e-mail"
    assert message.body.startswith("Bonjour, c'est Agora !")  # the site's name, not the host's
    assert "Vous recevez cet e-mail car l'utilisateur Camille Dupont" in message.body
    assert confirmation_link(message).startswith("/fr/accounts/confirm-email/")


def test_confirmation_link_confirms_the_address_and_allows_log_in(client, site_tree):
    client.post("/fr/accounts/signup/", SIGNUP_DATA)
    login = {"login": "camille@example.org", "password": PASSWORD}

    before = client.post("/fr/accounts/login/", login)
    assert before["Location"] == "/fr/accounts/confirm-email/"  # not verified yet: no session
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200
    assert "Camille Dupont" in page.text
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert get_user_model().objects.get(email="camille@example.org").emailaddress_set.get().verified

    after = client.post("/fr/accounts/login/", login)
    assert after.status_code == 302
    assert after["Location"] == "/fr/my-learning/"
    assert int(client.session["_auth_user_id"]) == get_user_model().objects.get(email="camille@example.org").pk


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"password2": "another-password-entirely"}, "password2", "Vous devez saisir deux fois le même mot de passe."),
        ({"name": ""}, "name", "Champ requis."),
        ({"email": "not-an-email"}, "email", "Saisissez une adresse e-mail valide."),
        (
            {"staff_profile": "astronaut"},
            "staff_profile",
            "Sélectionnez un choix valide. astronaut n’en fait pas partie.",
        ),
    ],
)
def test_invalid_signup_is_shown_again_with_a_translated_message_and_stores_nothing(
    client, site_tree, change, field, message
):
    response = client.post("/fr/accounts/signup/", {**SIGNUP_DATA, **change})

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    html = response.text
    assert message.replace("’", "&#x27;") in html or message in html
    # The error is tied to its field for screen readers.
    assert f'id="id_{field}_error"' in html
    assert re.search(rf'<(input|select)[^>]*aria-describedby="[^"]*id_{field}_error"', html)
    assert re.search(rf'<(input|select)[^>]*aria-invalid="true"[^>]*id="id_{field}"', html)
    assert not get_user_model().objects.exists()
    assert not Profile.objects.exists()
    assert not mail.outbox


def test_signup_form_labels_every_field_and_marks_optional_ones(client, site_tree):
    html = client.get("/de/accounts/signup/").text
    for field in ["email", "name", "organisation", "country", "staff_profile", "password1", "password2"]:
        assert f'<label for="id_{field}">' in html
    assert html.count('class="form-field__optional"') == 2  # organisation and country


def test_a_short_password_is_refused_in_the_visitors_language(client, site_tree):
    short = {**SIGNUP_DATA, "password1": "x7#kq", "password2": "x7#kq"}

    response = client.post("/fr/accounts/signup/", short)

    assert response.status_code == 200
    errors = response.context["form"].errors["password1"]
    assert "Ce mot de passe est trop court. Il doit contenir au minimum 8 caractères." in errors
    assert not get_user_model().objects.exists()
