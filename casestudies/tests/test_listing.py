"""The case-study index: each filter, their combinations, the counts, sort, pagination and hostile input."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

import pytest

from casestudies.tests.factories import build_case_studies, more_case_studies

INDEX = "/en/case-studies/"
FRENCH_INDEX = "/fr/case-studies-fr/"


@pytest.fixture
def library(site_tree):
    library = build_case_studies(site_tree.home)
    synchronize_tree(Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr"))
    return library


def listed(response):
    return [page.slug for page in response.context["listing"].page_obj]


def counts(response, param):
    for facet in response.context["listing"].facets:
        if facet.param == param:
            return {option.value: option.count for option in facet.options}
    raise AssertionError(param)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"nice-carnival", "brussels-square", "riga-street", "lyon-street"}),
        ("domain=cpted", {"brussels-square", "riga-street"}),
        ("country=fr", {"nice-carnival", "lyon-street"}),
        ("technology=video-analytics", {"nice-carnival", "brussels-square", "riga-street"}),
        ("space=square", {"nice-carnival", "brussels-square"}),
        ("year=2018", {"brussels-square", "lyon-street"}),  # Brussels ran from 2017 to 2019
        ("year=2017&year=2021", {"brussels-square", "riga-street"}),
        # OR inside a facet, AND across facets.
        (
            "technology=video-analytics&technology=hostile-vehicle-mitigation",
            {"nice-carnival", "brussels-square", "riga-street", "lyon-street"},
        ),
        ("technology=video-analytics&space=square", {"nice-carnival", "brussels-square"}),
        ("country=fr&technology=hostile-vehicle-mitigation", {"lyon-street"}),
        ("country=fr&country=be&space=square&domain=cpted", {"brussels-square"}),
        ("country=lv&year=2019", set()),
    ],
)
def test_filters_and_their_combinations(client, library, query, expected):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 200
    assert set(listed(response)) == expected
    assert response.context["listing"].total == len(expected)


def test_counts_of_each_facet_are_for_the_other_facets_filters(client, library):
    response = client.get(f"{INDEX}?space=square")
    # Technology counts apply the space filter: Nice and Brussels only.
    assert counts(response, "technology") == {
        "video-analytics": 2,
        "facial-recognition": 1,
        "hostile-vehicle-mitigation": 1,
    }
    assert counts(response, "country") == {"fr": 1, "be": 1}
    assert counts(response, "year") == {"2017": 1, "2018": 1, "2019": 2}
    # The space facet ignores its own filter, so the other spaces stay choosable with their counts.
    assert counts(response, "space") == {"square": 2, "event-venue": 1, "shopping-street": 2}
    assert counts(response, "domain") == {"cpted": 1, "ethical-use-of-security-technologies": 1}


def test_counts_without_filters_and_checked_boxes(client, library):
    response = client.get(f"{INDEX}?domain=cpted&technology=facial-recognition")
    assert listed(response) == []
    assert counts(response, "domain") == {"ethical-use-of-security-technologies": 1, "cpted": 0}
    html = response.content.decode()
    assert 'name="domain" value="cpted" checked' in html
    assert 'Crime prevention through environmental design <span class="library-filters__count">(0)</span>' in html


def test_the_form_works_without_javascript(client, library):
    html = client.get(INDEX).content.decode()
    assert '<form class="library-filters" method="get" action="/en/case-studies/">' in html
    assert '<button class="button" type="submit">' in html
    assert 'id="filter-technology-1"' in html and 'for="filter-technology-1"' in html


def test_sort_by_title_and_by_newest(client, library):
    assert listed(client.get(f"{INDEX}?sort=title")) == [
        "brussels-square",
        "nice-carnival",
        "lyon-street",
        "riga-street",
    ]
    # A period counts by its last year; on a tie, the later start first.
    assert listed(client.get(INDEX)) == ["riga-street", "nice-carnival", "brussels-square", "lyon-street"]


def test_pagination_keeps_the_filters(client, library):
    more_case_studies(library.index, 14)
    response = client.get(f"{INDEX}?domain=cpted&sort=title")
    listing = response.context["listing"]
    assert listing.total == 16 and len(listing.page_obj) == 12
    assert listing.next_query == "domain=cpted&sort=title&page=2"
    assert 'href="?domain=cpted&amp;sort=title&amp;page=2"' in response.content.decode()
    second = client.get(f"{INDEX}?domain=cpted&sort=title&page=2")
    assert len(second.context["listing"].page_obj) == 4
    # A page number past the end shows the last page.
    assert client.get(f"{INDEX}?domain=cpted&page=99").context["listing"].page_obj.number == 2


def test_unknown_slug_is_ignored_with_a_notice(client, library):
    response = client.get(f"{INDEX}?technology=teleportation&space=square")
    assert response.status_code == 200
    assert set(listed(response)) == {"nice-carnival", "brussels-square"}
    assert "matches nothing we know" in response.content.decode()
    assert "teleportation" in response.content.decode()


def test_unknown_slug_notice_is_translated(client, library):
    response = client.get(f"{FRENCH_INDEX}?technology=teleportation")
    assert response.status_code == 200
    assert "matches nothing we know" not in response.content.decode()
    assert "teleportation" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "technology=<script>alert(1)</script>",
        "country=fr'%20OR%201=1--",
        "domain=cpted%3BDROP%20TABLE%20wagtailcore_page",
        "year=abc",
        "year=2019.5",
        "year=99999",
        "page=abc",
        "page=0",
        "page=-1",
        "page=99999999999999999999",
        "sort=random()",
        "space=" + "a" * 200,
        "&".join(["domain=cpted"] * 31),
        "technology=vid%C3%A9o",
        "country=%00",
    ],
)
def test_malformed_parameters_get_400_never_500(client, library, query):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 400
    assert b"<script>alert" not in response.content


def test_french_listing_shows_translated_and_untranslated_pages_with_french_terms(client, library):
    response = client.get(f"{FRENCH_INDEX}?technology=video-analytics&space=square")
    assert response.status_code == 200
    assert set(listed(response)) == {"nice-carnival-fr", "brussels-square"}
    html = response.content.decode()
    assert "La reconnaissance faciale au carnaval de Nice" in html
    assert "Analyse vidéo" in html and "Place" in html
    # The Brussels page is an alias: shown in English, marked as such.
    assert '<a href="/fr/case-studies-fr/brussels-square/" lang="en">' in html
    assert "Not translated yet" not in html


def test_query_count_does_not_grow_with_the_number_of_case_studies(client, library):
    more_case_studies(library.index, 5)
    url = f"{INDEX}?technology=video-analytics&country=fr&country=be"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    more_case_studies(library.index, 10, start=5)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.context["listing"].total > 5
    assert len(few) == len(many), [query["sql"] for query in many.captured_queries]
    assert len(many) <= 20
