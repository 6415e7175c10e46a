"""Translation memory (localization/memory*.py): what a translator published once comes back, in its
language pair only: exact matches fill new translations, near matches are suggested with their score,
and a changed English segment is offered its previous translation."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

import polib
import pytest

from home.models import StandardPage
from home.tests.factories import build_site_tree, publish
from localization.machine_translators import MemoryThenMachine
from localization.memory import MEMORY_TOOL_NAME
from localization.memory_suggestions import suggestions_for
from localization.models import MemoryUnit
from localization.tests.factories import send_for_translation
from localization.translator_groups import group_name

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


@pytest.fixture
def site(db):
    return build_site_tree(translated_into=())


def translate_and_publish(translation, texts, user, capture):
    po = polib.POFile()
    for entry in translation.export_po():
        po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=texts.get(entry.msgid, "")))
    translation.import_po(po, user=user)
    with capture(execute=True):
        translation.save_target(user=user, publish=True)


def partners_page(site, introduction="Who we are.", body="Agora brings practitioners together today."):
    page = StandardPage(
        title="Partners",
        slug="partners",
        introduction=introduction,
        body=[{"type": "paragraph", "value": f"<p>{body}</p>"}],
    )
    site.home.add_child(instance=page)
    publish(page)
    return page


@pytest.fixture
def remembered(site, editor, django_capture_on_commit_callbacks):
    """The about page translated into French and published: its five segments are in the memory."""
    translation = send_for_translation(site.about, "fr", editor)
    translate_and_publish(translation, FRENCH, editor, django_capture_on_commit_callbacks)
    return translation


def translations_of(translation):
    found = StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_of__in=StringSegment.objects.filter(source=translation.source).values("string"),
    ).select_related("translation_of")
    return {found_one.translation_of.data: found_one for found_one in found}


def test_publishing_a_translation_remembers_every_segment(remembered):
    units = MemoryUnit.objects.filter(target_locale__language_code="fr")
    assert {unit.source_text: unit.target_text for unit in units} == FRENCH
    assert {unit.translation_key for unit in units} == {str(remembered.source.object_id)}
    assert not any(unit.machine for unit in units)


def test_an_identical_segment_is_filled_from_memory_when_a_page_is_sent(site, editor, remembered):
    translation = send_for_translation(partners_page(site), "fr", editor)
    filled = translations_of(translation)
    assert filled["Who we are."].data == "Qui nous sommes."
    assert filled["Who we are."].tool_name == MEMORY_TOOL_NAME
    # From memory is never taken as reviewed: it is a machine-type translation, marked as such.
    assert filled["Who we are."].translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert filled["Who we are."].get_comment().startswith("From translation memory on ")
    assert "Partners" not in filled and "Agora brings practitioners together today." not in filled


def test_nothing_crosses_language_pairs(site, editor, remembered):
    translation = send_for_translation(partners_page(site), "de", editor)
    assert translations_of(translation) == {}
    assert suggestions_for(translation) == []


def test_a_near_match_is_suggested_with_its_score_and_origin(site, editor, remembered):
    translation = send_for_translation(partners_page(site), "fr", editor)
    rows = {row.segment.string.data: row for row in suggestions_for(translation)}
    near = rows["Agora brings practitioners together today."].suggestions[0]
    assert near.unit.target_text == "Agora rassemble les praticiens."
    assert 75 <= near.score < 100
    assert not near.previous
    assert near.unit.get_origin_display() == "Published translation"
    # Already filled with the same text: nothing more to offer for that segment.
    assert "Who we are." not in rows


def test_a_changed_english_segment_is_offered_its_previous_translation(site, editor, remembered):
    about = site.about.specific
    about.introduction = "Who we are, and why."
    publish(about)
    source = TranslationSource.objects.get(pk=remembered.source.pk)
    source.update_from_db()
    rows = {row.segment.string.data: row for row in suggestions_for(remembered)}
    previous = rows["Who we are, and why."].suggestions[0]
    assert previous.previous
    assert previous.unit.target_text == "Qui nous sommes."
    assert previous.unit.source_text == "Who we are."


def test_translate_with_memory_then_machine_names_what_filled_each_segment(site, editor, remembered, settings):
    page = partners_page(site)
    translation = send_for_translation(page, "fr", editor)
    StringTranslation.objects.filter(tool_name=MEMORY_TOOL_NAME).delete()  # as if sent before it was remembered
    translator = MemoryThenMachine({"THEN": {"CLASS": "localization.machine_translators.DeterministicTranslator"}})
    apply_machine_translation(translation.pk, editor, translator)
    filled = translations_of(translation)
    assert filled["Who we are."].data == "Qui nous sommes."
    assert filled["Who we are."].tool_name == MEMORY_TOOL_NAME
    assert filled["Partners"].data == "[fr] Partners"
    assert filled["Partners"].tool_name == "Test translator"


def test_machine_text_published_as_is_is_remembered_as_machine(site, editor, django_capture_on_commit_callbacks):
    translation = send_for_translation(site.about, "it", editor)
    apply_machine_translation(
        translation.pk,
        editor,
        MemoryThenMachine({"THEN": {"CLASS": "localization.machine_translators.DeterministicTranslator"}}),
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    units = MemoryUnit.objects.filter(target_locale__language_code="it")
    assert units.count() == 5 and all(unit.machine for unit in units)


# --- the suggestions page -----------------------------------------------------------------------


@pytest.fixture
def french_translator(django_user_model):
    user = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name("fr")))
    return user


def test_a_translator_uses_a_suggestion_and_it_is_marked_from_memory(
    client, site, editor, remembered, french_translator
):
    translation = send_for_translation(partners_page(site), "fr", editor)
    url = reverse("localization:memory_suggestions", args=[translation.pk])
    client.force_login(french_translator)
    response = client.get(url)
    assert response.status_code == 200
    row = next(row for row in response.context["rows"] if "today" in row.segment.string.data)
    suggestion = row.suggestions[0]
    assert f"{suggestion.score} % match" in response.content.decode()

    response = client.post(url, {"segment": row.segment.pk, "unit": suggestion.unit.pk})
    assert response.status_code == 302
    used = translations_of(translation)["Agora brings practitioners together today."]
    assert used.data == "Agora rassemble les praticiens."
    assert used.tool_name == MEMORY_TOOL_NAME


def test_a_foreign_or_broken_suggestion_changes_nothing(client, site, editor, remembered, french_translator):
    translation = send_for_translation(partners_page(site), "fr", editor)
    german = MemoryUnit.objects.create(
        source_locale=Locale.objects.get(language_code="en"),
        target_locale=Locale.objects.get(language_code="de"),
        source_hash="00000000-0000-0000-0000-000000000001",
        source_text="Agora brings practitioners together today.",
        target_text="<p>Agora bringt Fachleute zusammen.</p>",
    )
    segment = StringSegment.objects.filter(source=translation.source).first()
    other_segment = StringSegment.objects.filter(source=remembered.source).first()
    url = reverse("localization:memory_suggestions", args=[translation.pk])
    client.force_login(french_translator)
    before = list(StringTranslation.objects.order_by("pk").values_list("pk", "data"))
    for data in (
        {"segment": segment.pk, "unit": german.pk},  # another language pair
        {"segment": other_segment.pk, "unit": MemoryUnit.objects.filter(target_locale__language_code="fr").first().pk},
        {"segment": "x", "unit": "1"},
        {"segment": str(2**40), "unit": "-1"},
        {},
    ):
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        assert "This suggestion is not for this translation. Nothing was changed." in response.content.decode()
    assert list(StringTranslation.objects.order_by("pk").values_list("pk", "data")) == before


def test_another_languages_translation_is_refused(client, site, editor, french_translator):
    german = send_for_translation(site.about, "de", editor)
    client.force_login(french_translator)
    response = client.get(reverse("localization:memory_suggestions", args=[german.pk]))
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    response = client.post(reverse("localization:memory_suggestions", args=[german.pk]), {"segment": 1, "unit": 1})
    assert (response.status_code, response.url) == (302, "/admin/")
    assert client.get(reverse("localization:memory_suggestions", args=[999999]), follow=True).status_code == 404
