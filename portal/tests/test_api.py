import pytest

pytestmark = pytest.mark.django_db


def test_page_api_lists_pages_of_every_locale(client, site_tree):
    response = client.get("/api/v2/pages/?limit=20")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert {"About Agora", "À propos d'Agora"} <= titles


def test_page_api_filters_by_locale(client, site_tree):
    response = client.get("/api/v2/pages/?locale=fr&limit=20")
    assert response.status_code == 200
    assert all(item["meta"]["locale"] == "fr" for item in response.json()["items"])


@pytest.mark.parametrize("operator", ["0", "xor", "and or", "ändern"])
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_an_unknown_search_operator_is_a_bad_request(client, site_tree, endpoint, operator):
    # Found by tests/test_fuzz.py: Wagtail passed it to the backend, whose ValueError was a 500.
    response = client.get(f"/api/v2/{endpoint}/", {"search": "agora", "search_operator": operator})
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]


@pytest.mark.parametrize("operator", ["and", "OR", ""])
def test_a_known_search_operator_searches(client, site_tree, operator):
    assert client.get("/api/v2/pages/", {"search": "agora", "search_operator": operator}).status_code == 200
