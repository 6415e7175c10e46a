"""Facets on the library's pages: domain, country, technology, year (case studies, resources), resource type."""

import re

import pytest

from casestudies.tests.factories import build_case_studies
from resources.tests.factories import build_resources

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(site_tree):
    return build_case_studies(site_tree.home, translate_into=("fr",))


@pytest.fixture
def resources(site_tree):
    return build_resources(site_tree.home, translate_into=())


def results_part(response):
    return response.content.decode().split('class="search-summary"', 1)[1]


def facet_counts(response, name):
    """{value: count} of one facet's checkboxes on the page."""
    html = response.content.decode()
    pattern = rf'id="facet-{name}-([-\w]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="search-facet__count">\((\d+)\)'
    return {value: int(count) for value, count in re.findall(pattern, html)}


# Every case study of the factory says "They tried something and measured it."
# On PostgreSQL facet counts list the ranked hits' ids; past MAX_LISTED_IDS hits they match
# the text again: both ways must count the same.
@pytest.mark.parametrize("listed_ids", [5000, 0])
def test_case_study_facet_counts(client, library, monkeypatch, listed_ids):
    monkeypatch.setattr("search.facet_counts.MAX_LISTED_IDS", listed_ids)
    response = client.get("/en/search/?q=measured")
    assert facet_counts(response, "type") == {"case_study": 4}
    assert facet_counts(response, "country") == {"fr": 2, "be": 1, "lv": 1}
    assert facet_counts(response, "technology") == {
        "video-analytics": 3,
        "hostile-vehicle-mitigation": 2,
        "facial-recognition": 1,
    }
    assert facet_counts(response, "domain") == {"cpted": 2, "ethical-use-of-security-technologies": 1}
    # Brussels (2017 to 2019) counts under each year of its period.
    assert facet_counts(response, "year") == {"2017": 1, "2018": 2, "2019": 2, "2021": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=fr", {"Facial recognition at the Nice Carnival", "Planters against vehicles in Lyon"}),
        ("technology=facial-recognition", {"Facial recognition at the Nice Carnival"}),
        ("domain=cpted", {"Barriers and cameras on a Brussels square", "Video analytics on a Riga shopping street"}),
        ("year=2018", {"Barriers and cameras on a Brussels square", "Planters against vehicles in Lyon"}),
        (
            "year=2021&year=2017",
            {"Video analytics on a Riga shopping street", "Barriers and cameras on a Brussels square"},
        ),
        ("country=fr&technology=hostile-vehicle-mitigation", {"Planters against vehicles in Lyon"}),
    ],
)
def test_case_study_facets_filter(client, library, query, expected):
    titles = {
        "Facial recognition at the Nice Carnival",
        "Barriers and cameras on a Brussels square",
        "Video analytics on a Riga shopping street",
        "Planters against vehicles in Lyon",
    }
    results = results_part(client.get(f"/en/search/?q=measured&{query}"))
    assert {title for title in titles if title in results} == expected


def test_a_chosen_value_keeps_its_siblings_counted(client, library):
    response = client.get("/en/search/?q=measured&country=lv")
    assert facet_counts(response, "country") == {"fr": 2, "be": 1, "lv": 1}
    assert facet_counts(response, "technology") == {"video-analytics": 1}


def test_french_case_study_shows_french_term_names(client, library):
    response = client.get("/fr/search/?q=reconnaissance")
    assert "La reconnaissance faciale au carnaval de Nice" in results_part(response)
    assert 'for="facet-technology-video-analytics">Analyse vidéo' in response.content.decode()


# Three resources are published by "Efus" (the report by "Agora & Partners").
def test_resource_type_and_year_facets(client, resources):
    response = client.get("/en/search/?q=Efus")
    assert facet_counts(response, "resource_type") == {"guide": 1, "toolkit": 1, "webinar-recording": 1}
    assert 'for="facet-resource_type-webinar-recording">Webinar recording' in response.content.decode()
    assert facet_counts(response, "year") == {"2019": 1, "2020": 1, "2021": 1}
    assert facet_counts(response, "domain") == {"cpted": 2, "ethical-use-of-security-technologies": 1}
    only_toolkits = results_part(client.get("/en/search/?q=Efus&resource_type=toolkit"))
    assert "Barriers toolkit" in only_toolkits
    assert "A guide to CPTED" not in only_toolkits
    in_2019 = results_part(client.get("/en/search/?q=Efus&year=2019"))
    assert "A guide to CPTED" in in_2019
    assert "Webinar on ethics" not in in_2019


@pytest.mark.parametrize("query", ["resource_type=novel", "year=19", "year=abcd", "country=%3Cscript%3E"])
def test_unknown_facet_values_are_dropped(client, resources, query):
    response = client.get(f"/en/search/?q=Efus&{query}")
    assert response.status_code == 200
    assert "<script>" not in results_part(response)
    assert "A guide to CPTED" in results_part(response)


def test_library_terms_and_tags_are_searchable(client, library):
    library.nice.tags.add("carnival")
    library.nice.save_revision().publish()
    assert "Facial recognition at the Nice Carnival" in results_part(client.get("/en/search/?q=carnival"))
    # The technology's name, not in the page's own text: found through its terms.
    assert "Planters against vehicles in Lyon" in results_part(client.get("/en/search/?q=hostile"))
