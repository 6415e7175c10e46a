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
