import re

from django.urls import reverse

from wagtail.models import Locale, Page

import pytest

from home.tests.factories import build_site_tree, publish
from localization.machine_translation import translate_section_by_machine
from localization.status import IN_PROGRESS, MISSING, OUTDATED, UP_TO_DATE, section_pages, status_rows
from localization.tests.factories import send_for_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def site(db):
    return build_site_tree(translated_into=())


def cell_for(page, code):
    locale = Locale.objects.get(language_code=code)
    [row] = status_rows([page], [locale])
    return row.cells[0]


def test_an_alias_is_missing_and_links_to_the_translate_action(site):
    cell = cell_for(site.about, "fr")
    assert cell.status == MISSING
    assert cell.url.startswith(reverse("wagtail_localize:submit_page_translation", args=[site.about.pk]))


def test_a_page_sent_for_translation_is_in_progress_with_its_share_of_segments(site, editor):
    translation = send_for_translation(site.about, "de", editor)
    cell = cell_for(site.about, "de")
    assert cell.status == IN_PROGRESS
    assert cell.percent == 0
    target = translation.get_target_instance()
    assert cell.url == reverse("wagtailadmin_pages:edit", args=[target.pk])


def test_machine_translated_but_unpublished_is_in_progress_at_100_percent(site, editor):
    translate_section_by_machine(site.about, [Locale.objects.get(language_code="fr")], editor)
    cell = cell_for(site.about, "fr")
    assert (cell.status, cell.percent) == (IN_PROGRESS, 100)


def test_published_translation_is_up_to_date_and_a_source_change_makes_it_outdated(
    site, editor, django_capture_on_commit_callbacks
):
    translation = send_for_translation(site.about, "fr", editor)
    translate_section_by_machine(site.about, [translation.target_locale], editor)
    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    assert cell_for(site.about, "fr").status == UP_TO_DATE

    site.about.refresh_from_db()
    site.about.introduction = "Who we are, and what we do."
    publish(site.about)
    cell = cell_for(site.about, "fr")
    assert cell.status == OUTDATED
    assert cell.url == reverse("wagtail_localize:update_translations", args=[translation.source_id])


def test_the_matrix_costs_the_same_queries_for_n_and_3n_pages(site, editor, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    locales = list(Locale.objects.exclude(language_code="en"))

    def add_pages(count):
        for number in range(count):
            page = Page(title=f"Extra {number}", slug=f"extra-{Page.objects.count()}-{number}")
            site.about.add_child(instance=page)
            publish(page)
            send_for_translation(page, "fr", editor)

    def queries():
        pages = section_pages(site.home)
        with CaptureQueriesContext(connection) as captured:
            rows = status_rows(pages, locales)
        assert len(rows) == pages.count()
        return len(captured)

    add_pages(2)
    small = queries()
    add_pages(4)
    assert queries() == small


def test_status_view_lists_each_page_with_a_cell_per_language(client, site, editor):
    client.force_login(editor)
    response = client.get(reverse("localization:status"), {"section": site.home.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "About Agora" in html
    assert html.count('data-status="missing"') == 7 * section_pages(site.home).count()


def test_status_view_ignores_an_unknown_or_hostile_section(client, site, editor):
    client.force_login(editor)
    for value in ["999999", "1 OR 1=1", "<script>", ""]:
        response = client.get(reverse("localization:status"), {"section": value, "p": "x"})
        assert response.status_code == 200
        assert "About Agora" in response.content.decode()


def test_status_view_needs_the_admin(client, site, trainee):
    client.force_login(trainee)
    response = client.get(reverse("localization:status"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_missing_cell_opens_translate_this_page_with_its_language_ticked(client, site, editor):
    client.force_login(editor)
    cell = cell_for(site.about, "el")
    response = client.get(cell.url)
    assert response.status_code == 200
    ticked = response.context["form"].initial["locales"]
    assert [locale.language_code for locale in ticked] == ["el"]


def test_the_report_reopens_on_the_editors_last_section_and_indents_by_depth(client, site, editor):
    child = site.about.add_child(instance=site.about.__class__(title="Our partners", slug="partners", body=[]))
    publish(child)
    client.force_login(editor)
    url = reverse("localization:status")
    client.get(url, {"section": site.about.pk})
    response = client.get(url)  # no section named: the last one
    assert response.context["section"].pk == site.about.pk
    html = response.content.decode()
    # Each row header: its depth, the editor's box to send it, then the link to the page.
    for depth, page in ((0, site.about), (1, child)):
        assert re.search(
            rf'data-depth="{depth}"><input type="checkbox" name="page" value="{page.pk}"[^>]*> '
            rf'<a href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}"',
            html,
        )
    assert "localization/translation_status.css" in html and "localization/translation_status.js" in html


def test_the_report_is_in_the_main_menu_below_pages(client, site, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"name": "translation-status"' in html or "&quot;name&quot;: &quot;translation-status&quot;" in html
