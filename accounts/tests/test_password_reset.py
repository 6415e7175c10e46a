"""Password reset: the email goes out in the visitor's language and its link sets a new password."""

import re

from django.core import mail

import pytest

from accounts.tests.factories import make_trainee

pytestmark = pytest.mark.django_db


def test_password_reset_email_is_sent_in_german_and_its_link_works(client, site_tree):
    make_trainee(email="jonas@example.org", name="Jonas Weber")

    response = client.post("/de/accounts/password/reset/", {"email": "jonas@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/password/reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["jonas@example.org"]
    assert message.subject == "[Agora] E-Mail zum Zurücksetzen des Passworts"
    assert message.body.startswith("Hallo von Agora!")
    assert "Du erhältst diese E-Mail weil du oder jemand anderes" in message.body
    link = re.search(r"https?://[^/\s]+(/de/accounts/password/reset/key/\S+/)", message.body).group(1)

    form = client.get(link, follow=True)
    assert form.status_code == 200
    new_password = "a-new-and-long-passphrase"
    changed = client.post(form.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})
    assert changed["Location"] == "/de/accounts/password/reset/key/done/"
    assert client.login(username="jonas", password=new_password)


def test_password_reset_for_an_unknown_address_reveals_nothing_on_the_page(client, site_tree):
    response = client.post("/el/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response["Location"] == "/el/accounts/password/reset/done/"
    assert len(mail.outbox) == 1  # allauth tells the address's owner that there is no account
    assert mail.outbox[0].subject.startswith("[Agora] ")
