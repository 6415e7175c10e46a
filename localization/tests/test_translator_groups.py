"""One translator group per language (localization/translator_groups.py) and the demo translators."""

import io

from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from home.tests.factories import build_site_tree
from localization.management.commands import ensure_translators
from localization.translator_groups import GROUP_PREFIX, group_name, translator_locales

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return build_site_tree(translated_into=("fr", "el"))


def test_every_target_language_has_its_group_and_the_source_none(site):
    names = set(Group.objects.filter(name__startswith=GROUP_PREFIX).values_list("name", flat=True))
    assert names == {group_name(code) for code in ("fr", "de", "es", "it", "nl", "el", "lv")}
    assert group_name("fr") == "Translators · Français"
    assert group_name("en") not in names


def test_a_french_translator_edits_and_publishes_the_french_tree_only(site, django_user_model):
    translator = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("fr")))
    french, greek = (site.home.get_translation(Locale.objects.get(language_code=code)) for code in ("fr", "el"))
    french_about = site.about.get_translation(french.locale)
    assert french_about.permissions_for_user(translator).can_edit()
    assert french_about.permissions_for_user(translator).can_publish()
    assert french.permissions_for_user(translator).can_add_subpage()
    for page in (site.home, site.about, greek, site.about.get_translation(greek.locale)):
        assert not page.permissions_for_user(translator).can_edit(), page
    assert [locale.language_code for locale in translator_locales(translator)] == ["fr"]
    assert translator.has_perm("wagtailadmin.access_admin")
    # The model permission for translatable snippets; their policy narrows it to French rows (test_snippet_permissions).
    assert translator.has_perm("portal.change_spacetype")
    assert not translator.has_perm("portal.add_spacetype") and not translator.has_perm("portal.delete_spacetype")


def test_a_locale_added_later_gets_its_group(site):
    assert not Group.objects.filter(name=group_name("pt")).exists()
    Locale.objects.create(language_code="pt")  # a ninth language, added after the site was built
    assert Group.objects.filter(name=group_name("pt")).exists()


def test_make_run_creates_the_french_and_greek_translators_once(site, tmp_path, monkeypatch, django_user_model):
    monkeypatch.setattr(ensure_translators, "PASSWORD_FILE", tmp_path / "passwords")
    out = io.StringIO()
    call_command("ensure_translators", stdout=out)
    printed = out.getvalue()
    assert "translator.fr" in printed and "translator.el" in printed and "Translators · Ελληνικά" in printed
    greek = django_user_model.objects.get(username="translator.el")
    assert list(greek.groups.values_list("name", flat=True)) == [group_name("el")]
    assert UserProfile.get_for_user(greek).preferred_language == "el"
    password = printed.split("translator.el', password ")[1].split()[0]
    assert greek.check_password(password)
    assert oct((tmp_path / "passwords").stat().st_mode)[-3:] == "600"
    call_command("ensure_translators", stdout=io.StringIO())
    assert django_user_model.objects.filter(username__startswith="translator.").count() == 2
