"""The profile: always there, editable by its owner only, and the preferred language it keeps."""

from django.contrib.auth import get_user_model

import pytest

from accounts.models import Profile, display_name, get_profile
from accounts.tests.factories import make_trainee

pytestmark = pytest.mark.django_db

PROFILE_DATA = {
    "name": "Ana Horvat",
    "organisation": "Grad Zagreb",
    "country": "HR",
    "staff_profile": "event_organiser",
    "preferred_language": "en",
}


def test_every_user_has_a_profile(db):
    user = get_user_model().objects.create_user(username="editor", email="editor@example.org")
    assert Profile.objects.filter(user=user).exists()  # the signal
    Profile.objects.filter(user=user).delete()
    user = get_user_model().objects.get(pk=user.pk)
    assert get_profile(user).pk is not None  # created on demand
    assert display_name(user) == "editor@example.org"  # no name yet: the address


def test_anonymous_visitor_is_sent_to_log_in(client, site_tree):
    response = client.get("/fr/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/?next=/fr/accounts/profile/"
    assert client.post("/fr/accounts/profile/", PROFILE_DATA)["Location"].startswith("/fr/accounts/login/")


def test_profile_shows_the_email_address_and_saves_the_fields(client, site_tree):
    user = make_trainee(email="ana@example.org", name="Ana")
    client.force_login(user)

    page = client.get("/en/accounts/profile/")
    assert page.status_code == 200
    assert "ana@example.org" in page.text
    assert page.headers["Cache-Control"].startswith("max-age=0")

    response = client.post("/en/accounts/profile/", PROFILE_DATA)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    profile = Profile.objects.get(user=user)
    assert (profile.name, profile.organisation, profile.country.code, profile.staff_profile) == (
        "Ana Horvat",
        "Grad Zagreb",
        "HR",
        "event_organiser",
    )
    assert "Your profile has been saved." in client.get(response["Location"]).text


def test_changing_the_preferred_language_continues_in_it(client, site_tree):
    user = make_trainee(email="ana@example.org")
    client.force_login(user)

    response = client.post("/en/accounts/profile/", {**PROFILE_DATA, "preferred_language": "lv"})

    assert response["Location"] == "/lv/accounts/profile/"
    assert Profile.objects.get(user=user).preferred_language == "lv"
    page = client.get("/lv/accounts/profile/")
    assert page.context["form"]["preferred_language"].value() == "lv"
    assert '<option value="lv" selected lang="lv">Latviešu</option>' in page.text
    assert 'name="initial-preferred_language"' not in page.text


def test_invalid_profile_is_shown_again_and_nothing_is_saved(client, site_tree):
    user = make_trainee(email="ana@example.org", name="Ana")
    client.force_login(user)

    response = client.post("/it/accounts/profile/", {**PROFILE_DATA, "name": "", "preferred_language": "xx"})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "preferred_language"}
    assert get_profile(get_user_model().objects.get(pk=user.pk)).name == "Ana"


def test_nobody_sees_or_changes_anothers_profile(client, site_tree):
    ana = make_trainee(email="ana@example.org", name="Ana Horvat", organisation="Grad Zagreb")
    ben = make_trainee(email="ben@example.org", name="Ben Peeters", organisation="Stad Gent")
    client.force_login(ben)

    page = client.get("/en/accounts/profile/").text
    assert "Ben Peeters" in page
    assert "ben@example.org" in page
    assert "Ana Horvat" not in page
    assert "ana@example.org" not in page
    assert "Grad Zagreb" not in page

    # The URL names no user, so a post can only change one's own profile.
    client.post("/en/accounts/profile/", {**PROFILE_DATA, "name": "Changed", "user": ana.pk})
    assert get_profile(get_user_model().objects.get(pk=ana.pk)).name == "Ana Horvat"
    assert get_profile(get_user_model().objects.get(pk=ben.pk)).name == "Changed"
