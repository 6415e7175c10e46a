"""The search page: facets, snippets, sorting, correction, promotions, log, bounded queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from search.models import LoggedQuery, Promotion
from search.tests.factories import text_page

pytestmark = pytest.mark.django_db


def results_part(response):
    return response.content.decode().split('class="search-summary"', 1)[1]


@pytest.fixture
def domain(course):
    from wagtail.models import Locale

    from portal.models import Domain

    cpted = Domain.objects.create(name="CPTED", slug="cpted", locale=Locale.objects.get(language_code="en"))
    course.course.domain = cpted
    course.course.save_revision().publish()
    return cpted


def test_type_facet_counts_and_filters(client, course):
    html = client.get("/en/search/?q=lesson").content.decode()
    assert 'name="type" value="lesson"' in html
    assert 'Lesson <span class="search-facet__count">(4)</span>' in html
    only_courses = results_part(client.get("/en/search/?q=crime&type=course"))
    assert "CPTED basics" in only_courses
    no_quiz = results_part(client.get("/en/search/?q=lesson&type=quiz"))
    assert "Lesson 1.1" not in no_quiz


def test_domain_facet_counts_and_filters(client, domain, course):
    html = client.get("/en/search/?q=crime").content.decode()
    assert 'name="domain" value="cpted"' in html
    assert results_part(client.get("/en/search/?q=crime&domain=cpted")).count("CPTED basics") >= 1
    assert "CPTED basics" not in results_part(client.get("/en/search/?q=crime&domain=crisis-communication"))


def test_snippets_are_escaped_and_highlighted(client, site_tree):
    text_page(site_tree, "en", "Squares", "Good &lt;b&gt;lighting&lt;/b&gt; &amp; benches make squares feel safer.")
    html = results_part(client.get("/en/search/?q=lighting"))
    assert "<mark>lighting</mark>" in html
    assert "<b>" not in html
    assert "&amp; benches" in html


def test_sort_by_date_puts_the_newest_first(client, site_tree):
    text_page(site_tree, "en", "Older bollards", "Bollards bollards bollards stop vehicles.")
    text_page(site_tree, "en", "Newer bollards", "Bollards stop vehicles.")
    by_date = results_part(client.get("/en/search/?q=bollards&sort=date"))
    assert by_date.index("Newer bollards") < by_date.index("Older bollards")


def test_a_typo_is_corrected_from_the_titles(client, site_tree):
    text_page(site_tree, "en", "Surveillance cameras", "Cameras record public squares.")
    html = client.get("/en/search/?q=survelliance").content.decode()
    assert "Showing results for" in html
    assert "Surveillance cameras" in results_part(client.get("/en/search/?q=survelliance"))


def test_empty_state_suggests_popular_searches_and_other_languages(client, site_tree):
    LoggedQuery.objects.create(language_code="en", query="agora", hits=2)
    html = client.get("/en/search/?q=zzzqqq").content.decode()
    assert "?q=agora" in html
    assert "languages=all" in html


def test_promotions_for_the_query_and_language_come_first(client, site_tree):
    from wagtail.models import Locale

    Promotion.objects.create(
        locale=Locale.objects.get(language_code="en"),
        query="  Privacy ",
        page=site_tree.privacy,
        description="Read this",
    )
    html = client.get("/en/search/?q=privacy").content.decode()
    assert "search-promotions" in html and "Read this" in html
    assert "search-promotions" not in client.get("/fr/search/?q=privacy").content.decode()


def test_every_search_is_logged_once_with_its_hits(client, site_tree):
    client.get("/fr/search/?q=Agora")
    client.get("/fr/search/?q=Agora&page=2")
    client.get("/fr/search/autocomplete/?q=Ago")
    logged = list(LoggedQuery.objects.values_list("language_code", "query", "hits"))
    assert len(logged) == 1
    assert logged[0][0:2] == ("fr", "agora") and logged[0][2] >= 1


@pytest.mark.parametrize(
    "params",
    ["type=nope", "domain=%3Cscript%3E", "sort=evil", "languages=xx", "page=abc", "country=" + "x" * 500],
)
def test_malformed_parameters_are_ignored(client, site_tree, params):
    assert client.get(f"/en/search/?q=Agora&{params}").status_code == 200


def test_query_count_does_not_grow_with_results(client, site_tree, settings):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/search/?q=bench").status_code == 200
        return len(queries)

    for number in range(4):
        text_page(site_tree, "en", f"Bench {number}", "A bench in the square.")
    count_queries()  # warm the per-process caches (content types, site roots)
    few = count_queries()
    for number in range(4, 12):
        text_page(site_tree, "en", f"Bench {number}", "A bench in the square.")
    many = count_queries()
    assert few == many
    assert many <= 20


def test_autocomplete_returns_titles_of_the_active_language(client, site_tree):
    data = client.get("/fr/search/autocomplete/?q=Agor").json()
    titles = [item["title"] for item in data["results"]]
    assert "À propos d'Agora" in titles
    assert "About Agora" not in titles
    assert all(item["url"].startswith("/fr/") for item in data["results"])
    assert client.get("/fr/search/autocomplete/?q=a").json() == {"results": []}
