"""A translator's inbox (localization/inbox.py): what waits in my languages, oldest first, with
one link each, filtered by language and section; and its dashboard panel."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from home.tests.factories import build_site_tree
from localization.inbox import inbox_items
from localization.status import IN_PROGRESS, MISSING
from localization.tests.factories import send_for_translation
from localization.translator_groups import group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    site = build_site_tree(translated_into=())
    # The about page was published long ago, the privacy notice yesterday: the about page waits longer.
    Page.objects.filter(pk=site.about.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=30))
    Page.objects.filter(pk=site.privacy.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=1))
    return site


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def french_translator(django_user_model):
    user = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name("fr")))
    return user


def rows(response):
    items = response.context["page_obj"]
    return [(item.page.title, item.cell.locale.language_code, item.cell.status) for item in items]


def test_a_translator_sees_what_waits_in_their_language_only_oldest_first(client, site, editor, french_translator):
    send_for_translation(site.privacy, "fr", editor)  # sent: in progress in French
    client.force_login(french_translator)
    response = client.get(reverse("localization:inbox"))
    assert response.status_code == 200
    listed = rows(response)
    assert {code for _title, code, _status in listed} == {"fr"}
    assert listed.index(("About Agora", "fr", MISSING)) < listed.index(("Privacy notice", "fr", IN_PROGRESS))
    html = response.content.decode()
    # The page sent for translation opens in the translation editor; a missing one waits for an editor.
    privacy_fr = site.privacy.get_translation(site.locales["fr"])
    assert reverse("wagtailadmin_pages:edit", args=[privacy_fr.pk]) in html
    assert reverse("wagtail_localize:submit_page_translation", args=[site.about.pk]) not in html
    assert "waiting for an editor to send it" in html


def test_an_editor_sees_every_language_and_filters_by_language_and_section(client, site, editor):
    client.force_login(editor)
    everything = rows(client.get(reverse("localization:inbox")))
    assert {code for _title, code, _status in everything} == {"fr", "de", "es", "it", "nl", "el", "lv"}
    greek = rows(client.get(reverse("localization:inbox"), {"language": "el", "section": site.home.pk}))
    assert greek and {code for _title, code, _status in greek} == {"el"}
    html = client.get(reverse("localization:inbox"), {"language": "el"}).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[site.about.pk]) in html  # editors may send


def test_the_dashboard_shows_the_translators_five_oldest(client, site, french_translator):
    client.force_login(french_translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-inbox' in html or "translation-inbox" in html
    assert "About Agora" in html
    assert len(inbox_items([site.locales["fr"]])) >= 2


class InboxParametersTest(TestCase):
    """Whatever the query string, the inbox answers a page (it joins the fuzzing of every input)."""

    @classmethod
    def setUpTestData(cls):
        build_site_tree(translated_into=())
        cls.editor = get_user_model().objects.create_superuser("fuzz-editor", "fuzz@example.org", "pw")

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(["language", "section", "p"]), st.text(max_size=40), max_size=3))
    def test_fuzz_inbox_parameters(self, params):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("localization:inbox"), params)
        self.assertEqual(response.status_code, 200)
