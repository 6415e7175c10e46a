"""Whole sections, all languages, one action (localization/batch.py): from the status report an editor
ticks pages and languages and sends them; each step reports its progress; memory and machine fill them."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import pytest

from home.tests.factories import build_site_tree
from localization import batch
from localization.memory import MEMORY_TOOL_NAME, source_hash
from localization.models import MemoryUnit
from localization.translator_groups import group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return build_site_tree(translated_into=())


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


def locale(code):
    return Locale.objects.get(language_code=code)


def send(client, site, pages, codes):
    data = {"page": [page.pk for page in pages], "locale": [locale(code).pk for code in codes], "section": site.home.pk}
    return client.post(reverse("localization:send_batch"), data)


def test_ticked_pages_reach_every_ticked_language_in_steps(client, site, editor, monkeypatch):
    MemoryUnit.objects.create(
        source_locale=locale("en"),
        target_locale=locale("el"),
        source_hash=source_hash("Who we are."),
        source_text="Who we are.",
        target_text="Ποιοι είμαστε.",
        origin=MemoryUnit.ORIGIN_TMX,
    )
    monkeypatch.setattr(batch, "STEP", 3)
    client.force_login(editor)
    response = send(client, site, [site.about, site.privacy], ["fr", "el"])
    assert response.url == reverse("localization:batch")
    page = client.get(response.url)
    assert "0 of 4 translations sent." in page.content.decode()
    assert b"<progress" in page.content

    response = client.post(reverse("localization:batch"))
    assert response.url == reverse("localization:batch")
    assert "3 of 4 translations sent." in client.get(response.url).content.decode()
    response = client.post(reverse("localization:batch"), follow=True)
    assert "4 translations sent and filled by memory and machine." in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("localization:status") + f"?section={site.home.pk}"

    sent = Translation.objects.filter(source__object_id__in=[site.about.translation_key, site.privacy.translation_key])
    assert sorted(sent.values_list("target_locale__language_code", flat=True)) == ["el", "el", "fr", "fr"]
    greek = {t.translation_of.data: t for t in StringTranslation.objects.filter(locale=locale("el"))}
    assert greek["Who we are."].data == "Ποιοι είμαστε." and greek["Who we are."].tool_name == MEMORY_TOOL_NAME
    assert greek["About Agora"].data == "[el] About Agora" and greek["About Agora"].tool_name == "Test translator"
    assert batch.SESSION_KEY not in client.session


def test_bad_selections_are_refused_with_a_message_and_send_nothing(client, site, editor):
    client.force_login(editor)
    french_home = site.home.get_translation(locale("fr"))  # the alias made by the tree sync
    cases = {
        "Tick at least one page.": {"locale": [locale("fr").pk]},
        "Tick at least one language.": {"page": [site.about.pk]},
        "One of the pages ticked does not exist or is not an English page.": {
            "page": [french_home.pk],
            "locale": [locale("de").pk],
        },
        "One of the languages ticked does not exist.": {"page": [site.about.pk], "locale": [locale("en").pk]},
    }
    for message, data in {**cases, "x": {"page": ["x", "2" * 30], "locale": ["-1"], "section": "<script>"}}.items():
        response = client.post(reverse("localization:send_batch"), data, follow=True)
        assert response.status_code == 200
        if message != "x":
            assert message in response.content.decode()
    assert not Translation.objects.exists()
    assert batch.SESSION_KEY not in client.session
    assert client.get(reverse("localization:batch")).url == reverse("localization:status")


def test_a_translator_may_not_send(client, site, django_user_model):
    translator = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("fr")))
    client.force_login(translator)
    response = send(client, site, [site.about], ["fr"])
    assert (response.status_code, response.url) == (302, "/admin/")
    assert not Translation.objects.exists()
    status = client.get(reverse("localization:status"))
    assert b'name="page"' not in status.content


def test_the_status_report_offers_the_selection_to_editors(client, site, editor):
    client.force_login(editor)
    content = client.get(reverse("localization:status") + f"?section={site.home.pk}").content.decode()
    assert f'name="page" value="{site.about.pk}"' in content
    assert f'name="locale" value="{locale("fr").pk}"' in content
    assert reverse("localization:send_batch") in content
