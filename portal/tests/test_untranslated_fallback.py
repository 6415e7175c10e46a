import pytest

pytestmark = pytest.mark.django_db


def test_untranslated_page_shows_source_content_with_notice_in_visitor_language(client, site_tree):
    response = client.get("/de/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html
    # The content is English and says so; the notice is German.
    assert '<div class="page-content" lang="en">' in html
    assert "Agora brings practitioners together." in html
    assert "Diese Seite ist in Ihrer Sprache noch nicht verfügbar" in html
    assert '<span lang="en">English</span>' in html


def test_translated_page_has_no_notice(client, site_tree):
    html = client.get("/fr/a-propos/").content.decode()
    assert "notice--untranslated" not in html
    assert '<div class="page-content">' in html
