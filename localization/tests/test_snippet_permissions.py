"""Translatable snippets per language (portal/snippet_permissions.py): a French translator edits French rows only."""

from urllib.parse import urlencode

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

import pytest

from home.tests.factories import build_site_tree
from localization.translator_groups import group_name
from portal.models import Topic
from portal.snippet_permissions import LocalePermissionPolicy, locale_snippet_models
from training.models import LearningPath

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(db):
    build_site_tree(translated_into=("fr", "de"))
    english = Topic.objects.create(name="Lighting", slug="lighting", locale=Locale.objects.get(language_code="en"))
    TranslationCreator(None, Locale.objects.filter(language_code__in=["fr", "de"])).create_translations(english)
    return {topic.locale.language_code: topic for topic in Topic.objects.filter(slug="lighting")}


@pytest.fixture
def french_translator(django_user_model):
    user = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name("fr")))
    return user


def edit_url(topic):
    return reverse(Topic.snippet_viewset.get_url_name("edit"), args=[topic.pk])


def refused(response):
    """Wagtail's admin answers PermissionDenied by sending back to the dashboard (or 403 to an API call)."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_every_translatable_snippet_is_changed_per_language():
    assert set(locale_snippet_models()) >= {Topic, LearningPath}
    assert isinstance(policy_registry.get_by_type(LearningPath), LocalePermissionPolicy)


def test_the_french_translator_edits_a_french_topic(client, topics, french_translator):
    client.force_login(french_translator)
    french = topics["fr"]
    Translation.objects.filter(target_locale=french.locale).update(enabled=False)  # Wagtail's own form
    assert client.get(edit_url(french)).status_code == 200
    client.post(edit_url(french), {"name": "Éclairage", "slug": "lighting"})
    french.refresh_from_db()
    assert french.name == "Éclairage"


@pytest.mark.parametrize("code", ["en", "de"])
def test_the_french_translator_may_not_edit_another_language(client, topics, french_translator, code):
    client.force_login(french_translator)
    topic = topics[code]
    assert refused(client.get(edit_url(topic)))  # the translation editor for German, the form for English
    assert refused(client.post(edit_url(topic), {"name": "Changed", "slug": "lighting"}))
    topic.refresh_from_db()
    assert topic.name != "Changed"


def test_the_translation_editor_refuses_another_language_segment_by_segment(client, topics, french_translator):
    client.force_login(french_translator)
    source = TranslationSource.objects.get_for_instance(topics["en"])
    segment = source.stringsegment_set.get(context__path="name")
    for code, allowed in (("fr", True), ("de", False)):
        translation = Translation.objects.get(source=source, target_locale__language_code=code)
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": "Éclairage"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert (response.status_code in (200, 201)) is allowed, code
        assert refused(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))) is not allowed


def test_the_listing_opens_on_french_and_links_only_french_rows(client, topics, french_translator):
    client.force_login(french_translator)
    listing = reverse(Topic.snippet_viewset.get_url_name("list"))
    assert edit_url(topics["fr"]) in client.get(listing).text  # opens on French, not the English source
    german = client.get(listing, {"locale": "de"})
    assert german.status_code == 200 and "Lighting" in german.text  # readable, for reference
    assert edit_url(topics["de"]) not in german.text


def test_editors_with_site_wide_rights_edit_every_language(client, topics, django_user_model):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))  # rights on the root page, so on every locale's tree
    editor.user_permissions.add(Permission.objects.get(codename="change_topic"))
    policy = policy_registry.get_by_type(Topic)
    assert policy.user_has_permission(editor, "change")
    assert all(policy.user_has_permission_for_instance(editor, "change", topic) for topic in topics.values())
