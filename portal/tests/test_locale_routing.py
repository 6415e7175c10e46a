import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr", "/fr/"),
        ("fr-BE,fr;q=0.9,en;q=0.5", "/fr/"),
        ("de-AT,de;q=0.9", "/de/"),
        ("el", "/el/"),
        ("lv", "/lv/"),
        ("ja", "/en/"),  # not an Agora language: the source language
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("code", "skip_link"),
    [
        ("en", "Skip to main content"),
        ("fr", "Aller au contenu principal"),
        ("el", "Μετάβαση στο κύριο περιεχόμενο"),
    ],
)
def test_locale_home_has_lang_and_translated_interface(client, site_tree, code, skip_link):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert skip_link in html


def test_every_configured_locale_serves_its_home(client, site_tree, settings):
    for entry in settings.AGORA_LANGUAGES:
        response = client.get(f"/{entry['code']}/")
        assert response.status_code == 200, entry["code"]


def test_page_urls_live_under_their_locale_prefix(client, site_tree):
    assert site_tree.about.url == "/en/about/"
    assert site_tree.translations["fr"].about.url == "/fr/a-propos/"
    assert client.get("/fr/a-propos/").status_code == 200
    assert client.get("/about/").status_code in (302, 404)


def test_unknown_language_prefix_is_not_found(client, site_tree):
    # Django's LocaleMiddleware first tries the path under the visitor's language.
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404
    assert response.redirect_chain == [("/en/xx/", 302)]


def test_not_found_page_is_translated(client, site_tree):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Seite nicht gefunden" in html
