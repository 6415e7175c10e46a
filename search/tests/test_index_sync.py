"""The index follows the page tree: publish, unpublish, move, delete, translate."""

import io

from django.core.management import call_command

import pytest

from home.tests.factories import translate
from search.tests.factories import text_page

pytestmark = pytest.mark.django_db


def titles(client, code, query):
    html = client.get(f"/{code}/search/?q={query}").content.decode()
    return html.split('class="search-summary"', 1)[1]


def test_publish_adds_and_edits_update(client, site_tree):
    page = text_page(site_tree, "en", "Bollards", "Bollards stop vehicles.")
    assert "Bollards" in titles(client, "en", "vehicles")
    page.body = [{"type": "paragraph", "value": "<p>Planters stop lorries.</p>"}]
    page.save_revision().publish()
    assert "Bollards" in titles(client, "en", "lorries")
    assert "Bollards" not in titles(client, "en", "vehicles")


def test_unpublish_removes(client, site_tree):
    page = text_page(site_tree, "en", "Bollards", "Bollards stop vehicles.")
    page.unpublish()
    assert "Bollards" not in titles(client, "en", "vehicles")


def test_delete_removes_the_index_entry(client, site_tree):
    from modelsearch.conf import get_app_config

    page = text_page(site_tree, "en", "Bollards", "Bollards stop vehicles.")
    page_id = page.id
    page.delete()
    entries = get_app_config().get_model("IndexEntry").objects
    assert not entries.filter(object_id=str(page_id)).exists()
    assert "Bollards" not in titles(client, "en", "vehicles")


def test_move_keeps_the_page_findable_at_its_new_url(client, site_tree):
    page = text_page(site_tree, "en", "Bollards", "Bollards stop vehicles.")
    page.move(site_tree.about, pos="last-child")
    html = titles(client, "en", "vehicles")
    assert "/en/about/" in html and "Bollards" in html


def test_translation_is_indexed_in_its_language(client, site_tree):
    page = text_page(site_tree, "en", "Street lighting", "Lighting makes streets feel safer.")
    assert "Éclairage" not in titles(client, "fr", "rues")
    translate(
        page,
        "fr",
        title="Éclairage des rues",
        slug="eclairage",
        body=[{"type": "paragraph", "value": "<p>L'éclairage rend les rues plus sûres.</p>"}],
    )
    assert "Éclairage des rues" in titles(client, "fr", "rue")


def test_reindex_command_rebuilds_with_a_progress_bar(client, site_tree):
    from modelsearch.conf import get_app_config

    text_page(site_tree, "en", "Bollards", "Bollards stop vehicles.")
    get_app_config().get_model("IndexEntry").objects.all().delete()
    assert "Bollards" not in titles(client, "en", "vehicles")
    out = io.StringIO()
    call_command("reindex_search", stdout=out)
    assert "[##############################]" in out.getvalue()
    assert "Bollards" in titles(client, "en", "vehicles")
