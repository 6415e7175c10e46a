"""The glossaries at work (localization/glossary.py): a segment that renders a glossary term another way is
flagged beside the translation editor and counted in the status report; endings may differ."""

from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation

import pytest

from home.models import StandardPage
from home.tests.factories import build_site_tree, publish
from localization.glossary import mismatches, terms_in
from localization.tests.factories import send_for_translation

pytestmark = pytest.mark.django_db


def test_terms_are_found_longest_first():
    english = [term.english for term in terms_in("A vulnerability assessment of the public space.", "fr")]
    assert english == ["vulnerability assessment", "public space"]
    assert terms_in("The spaceship is public.", "fr") == []


@pytest.mark.parametrize(
    ("english", "translation", "language", "flagged"),
    [
        ("Design the public space.", "Concevoir l'espace public.", "fr", []),
        ("Design public spaces.", "Concevoir les espaces publics.", "fr", []),  # an ending may differ
        ("Design the public space.", "Concevoir la place publique.", "fr", ["public space"]),
        ("A public space.", "Ένας δημόσιος χώρος.", "el", []),
        ("Of the public space.", "Του δημόσιου χώρου.", "el", []),  # Greek genitive
        ("A public space.", "Μια πλατεία.", "el", ["public space"]),
        ("A public space.", "Un espacio público.", "xx", []),  # a language without a glossary
    ],
)
def test_a_term_rendered_another_way_is_flagged(english, translation, language, flagged):
    assert [term.english for term in mismatches(english, translation, language)] == flagged


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


def test_the_editor_and_the_status_report_show_the_flag(client, editor):
    site = build_site_tree(translated_into=())
    page = StandardPage(title="Squares", slug="squares", introduction="Every public space needs care.", body=[])
    site.home.add_child(instance=page)
    publish(page)
    translation = send_for_translation(page, "fr", editor)
    segment = StringSegment.objects.get(source=translation.source, string__data="Every public space needs care.")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data="Chaque place publique demande du soin.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    client.force_login(editor)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]))
    content = editor_page.content.decode()
    assert "1 segment renders a glossary term another way." in content
    assert "The glossary says “public space” is “espace public”." in content
    assert reverse("localization:memory_suggestions", args=[translation.pk]) in content

    report = client.get(reverse("localization:status") + f"?section={site.home.pk}")
    cell = next(
        cell
        for row in report.context["rows"]
        if row.page.pk == page.pk
        for cell in row.cells
        if cell.locale.language_code == "fr"
    )
    assert cell.glossary_flags == 1
    assert "1 glossary flag" in report.content.decode()
