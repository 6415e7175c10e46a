import re

import pytest

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def test_hreflang_lists_real_translations_and_x_default(client, site_tree):
    html = client.get("/en/about/").content.decode()
    links = alternates(html)
    assert links == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about/",
    }
    assert canonical(html) == "http://testserver/en/about/"


def test_alias_page_is_left_out_of_alternates_and_points_canonical_to_source(client, site_tree):
    html = client.get("/de/about/").content.decode()
    assert "de" not in alternates(html)
    assert canonical(html) == "http://testserver/en/about/"


def test_sitemap_lists_every_locale_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    xml = response.content.decode()
    assert "<loc>http://testserver/en/about/</loc>" in xml
    assert "<loc>http://testserver/fr/a-propos/</loc>" in xml
    assert 'hreflang="fr" href="http://testserver/fr/a-propos/"' in xml
    # Aliases are not translations: not listed.
    assert "http://testserver/de/about/" not in xml
