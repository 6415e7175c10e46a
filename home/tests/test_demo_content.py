from django.core.management import call_command

from wagtail.models import Page

import pytest


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_demo_content_is_idempotent_and_multilingual(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = Page.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.count() == counts
    assert Page.find_problems() == ([], [], [], [], [])

    for code, title in (("en", "About Agora"), ("fr", "À propos d'Agora"), ("de", "Über Agora")):
        about = Page.objects.get(locale__language_code=code, depth=3, title=title)
        assert about.alias_of_id is None
        assert client.get(about.url).status_code == 200

    french_home = client.get("/fr/").content.decode()
    assert "Des espaces publics ouverts et sûrs" in french_home
    # Every locale has a real home page, and navigation shows the translated about page.
    assert 'href="/fr/a-propos/"' in french_home
    for code in ("it", "es", "nl", "lv", "el"):
        assert client.get(f"/{code}/").status_code == 200
