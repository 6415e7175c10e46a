"""A translator works outside the portal: download the PO file, translate it, upload it back."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

import polib
import pytest

from home.tests.factories import build_site_tree
from localization.tests.factories import send_for_translation

pytestmark = pytest.mark.django_db

FRENCH = {
    "About Agora": "À propos d'Agora",
    "about": "a-propos",
    "Who we are.": "Qui nous sommes.",
    "About the portal.": "À propos du portail.",
    "Agora brings practitioners together.": "Agora rassemble les praticiens.",
}


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


def test_po_file_round_trip_publishes_the_translators_text(client, editor, django_capture_on_commit_callbacks):
    site = build_site_tree(translated_into=())
    translation = send_for_translation(site.about, "fr", editor)
    client.force_login(editor)

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} == set(FRENCH)
    assert all(entry.msgstr == "" for entry in po)

    for entry in po:
        entry.msgstr = FRENCH[entry.msgid]
    upload = SimpleUploadedFile("about-fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert translation.get_progress() == (5, 5)

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    french = site.about.get_translation(translation.target_locale).specific
    assert french.title == "À propos d'Agora"
    assert "Agora rassemble les praticiens." in str(french.body)
    assert client.get(french.url).status_code == 200


def test_a_file_that_is_not_a_po_file_is_refused_and_changes_nothing(client, editor):
    site = build_site_tree(translated_into=())
    translation = send_for_translation(site.about, "fr", editor)
    client.force_login(editor)
    upload = SimpleUploadedFile("evil.po", b"<script>alert(1)</script>\x00\xff", content_type="text/plain")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert not StringTranslation.objects.exists()
