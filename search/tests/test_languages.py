"""Each page is analysed in its own language; each query in the reader's."""

from django.db import connection

import pytest

from search.tests.factories import build_multilingual_site, text_page

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="per-language analysis is PostgreSQL's"),
]


def result_titles(client, url):
    html = client.get(url).content.decode()
    return html.split('class="search-summary"', 1)[1]


@pytest.fixture
def pages(db):
    site = build_multilingual_site()
    return {
        "fr": text_page(site, "fr", "Caméras de surveillance", "Les caméras filment les places publiques."),
        "de": text_page(site, "de", "Videoüberwachung", "Kameras überwachen öffentliche Plätze in Städten."),
        "en": text_page(site, "en", "Surveillance cameras", "Cameras record public squares."),
        "lv": text_page(site, "lv", "Videonovērošana", "Kameras novēro publiskās vietas pilsētās."),
        "el": text_page(site, "el", "Κάμερες παρακολούθησης", "Οι κάμερες καταγράφουν τις δημόσιες πλατείες."),
        "site": site,
    }


@pytest.mark.parametrize(
    ("code", "query", "title"),
    [
        ("fr", "caméra", "Caméras de surveillance"),  # singular finds plural (French stemmer)
        ("fr", "camera", "Caméras de surveillance"),  # without the accent
        ("fr", "les caméras de surveillance", "Caméras de surveillance"),  # stop words ignored
        ("de", "videouberwachung", "Videoüberwachung"),  # umlaut folded
        ("de", "Platz", "Videoüberwachung"),  # German stemmer: Plätze → platz
        ("en", "camera", "Surveillance cameras"),
        ("lv", "videonoverosana", "Videonovērošana"),  # Latvian: simple + unaccent
        ("el", "καμερες", "Κάμερες παρακολούθησης"),  # Greek without tonos
    ],
)
def test_query_is_analysed_in_the_readers_language(client, pages, code, query, title):
    assert title in result_titles(client, f"/{code}/search/?q={query}")


def test_results_stay_in_the_active_language_by_default(client, pages):
    html = result_titles(client, "/fr/search/?q=surveillance")
    assert "Caméras de surveillance" in html
    assert "Surveillance cameras" not in html


def test_other_languages_on_request_are_labelled(client, pages):
    html = result_titles(client, "/fr/search/?q=surveillance&languages=all")
    assert "Caméras de surveillance" in html
    assert "Surveillance cameras" in html
    assert 'lang="en"' in html and "English" in html


def test_index_uses_each_pages_configuration(pages):
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry").objects
    french = entries.get(object_id=str(pages["fr"].id))
    german = entries.get(object_id=str(pages["de"].id))
    # French stemming: "caméras" is stored as "cam", "places" as "plac"; German "Plätze" as "platz".
    assert "'cam'" in str(french.title) and "'plac'" in str(french.body)
    assert "'platz'" in str(german.body)
    assert "'camer'" not in str(french.title)  # not the English analysis
