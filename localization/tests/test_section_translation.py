from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

import pytest

from home.tests.factories import build_site_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def site(db):
    return build_site_tree(translated_into=())


def url(page):
    return reverse("localization:translate_section", args=[page.pk])


def test_a_whole_section_is_translated_by_machine_in_each_chosen_language(
    client, site, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    french, greek = Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="el")
    response = client.post(url(site.home), {"locales": [french.pk, greek.pk], "include_subpages": "on"})
    assert response.status_code == 302
    section = Page.objects.filter(locale__language_code="en", path__startswith=site.home.path)
    assert Translation.objects.filter(target_locale__in=[french, greek]).count() == 2 * section.count()
    translation = Translation.objects.get(source__object_id=site.about.translation_key, target_locale=french)
    assert translation.get_progress() == (5, 5)
    machine_text = set(StringTranslation.objects.filter(locale=french).values_list("data", flat=True))
    assert {"[fr] About Agora", "[fr] Agora brings practitioners together."} <= machine_text
    # For review first: what visitors see has not changed.
    assert site.about.get_translation(french).title == "About Agora"
    # Publishing it (the translator's "Publish" in the translation editor) shows the machine text.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    assert site.about.get_translation(french).title == "[fr] About Agora"


def test_only_the_page_itself_when_subpages_are_left_out(client, site, editor):
    client.force_login(editor)
    french = Locale.objects.get(language_code="fr")
    client.post(url(site.home), {"locales": [french.pk]})
    assert Translation.objects.filter(target_locale=french).count() == 1


@pytest.mark.parametrize("data", [{}, {"locales": ["999999"]}, {"locales": ["x' OR 1=1 --"]}])
def test_bad_input_shows_the_form_again_and_stores_nothing(client, site, editor, data):
    client.force_login(editor)
    response = client.post(url(site.home), data)
    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert not Translation.objects.exists()


def test_the_source_locale_cannot_be_chosen(client, site, editor):
    client.force_login(editor)
    english = Locale.objects.get(language_code="en")
    response = client.post(url(site.home), {"locales": [english.pk]})
    assert response.status_code == 200
    assert not Translation.objects.exists()


def test_an_unknown_page_is_404(client, site, editor):
    client.force_login(editor)
    # Django's LocaleMiddleware first tries the path under a language prefix; that is a 404 too.
    response = client.get(reverse("localization:translate_section", args=[999999]), follow=True)
    assert response.status_code == 404


def test_someone_who_cannot_edit_the_page_is_refused(client, site, django_user_model):
    from django.contrib.auth.models import Group, Permission

    moderator = django_user_model.objects.create_user("viewer", "viewer@example.org", "pw")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    moderator.groups.add(group)
    client.force_login(moderator)
    french = Locale.objects.get(language_code="fr")
    response = client.post(url(site.home), {"locales": [french.pk]})
    assert response.status_code in (302, 403)
    assert not Translation.objects.exists()
