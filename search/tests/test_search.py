import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_pages_in_the_active_language_only(client, site_tree):
    response = client.get("/fr/search/?q=Agora")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/fr/a-propos/" in html
    assert "/en/about/" not in html
    # The German about page is an untranslated alias of the English one: not a result.
    german = client.get("/de/search/?q=practitioners").content.decode()
    results = german.split('class="search-summary"', 1)[1]
    assert "/de/about/" not in results
    assert "0 Ergebnisse" in results


def test_search_without_query_shows_the_form(client, site_tree):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1" * 400])
def test_search_survives_bad_page_numbers(client, site_tree, page):
    assert client.get(f"/en/search/?q=Agora&page={page}").status_code == 200


def test_search_truncates_huge_queries(client, site_tree):
    assert client.get("/en/search/?q=" + "a" * 5000).status_code == 200
