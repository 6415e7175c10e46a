import re

import pytest

pytestmark = pytest.mark.django_db


def switcher_links(html):
    block = html.split('class="language-switcher__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)"([^>]*)>', block)


def test_switcher_links_to_translations_of_the_current_page(client, site_tree):
    html = client.get("/fr/a-propos/").content.decode()
    hrefs = [href for href, _attrs in switcher_links(html)]
    assert "/en/about/" in hrefs
    assert "/fr/a-propos/" in hrefs
    # Not a home page: the same page in another language.
    assert "/en/" not in hrefs and "/fr/" not in hrefs


def test_switcher_marks_the_current_language(client, site_tree):
    html = client.get("/fr/a-propos/").content.decode()
    current = [href for href, attrs in switcher_links(html) if 'aria-current="true"' in attrs]
    assert current == ["/fr/a-propos/"]


def test_switcher_marks_untranslated_pages_and_omits_missing_ones(client, site_tree):
    from home.models import StandardPage

    english_only = StandardPage(title="Only in English", slug="english-only", body=[])
    site_tree.home.add_child(instance=english_only)
    english_only.save_revision().publish()
    # No alias was made for this new page: it exists in English only.
    html = client.get("/en/english-only/").content.decode()
    hrefs = [href for href, _attrs in switcher_links(html)]
    assert hrefs == ["/en/english-only/"]

    html = client.get("/en/about/").content.decode()
    links = dict(switcher_links(html))
    assert "language-switcher__untranslated" in links["/de/about/"]
    assert "language-switcher__untranslated" not in links["/fr/a-propos/"]


def test_switcher_on_search_keeps_the_query(client, site_tree):
    html = client.get("/fr/search/?q=espace").content.decode()
    hrefs = [href for href, _attrs in switcher_links(html)]
    assert "/de/search/?q=espace" in hrefs
    assert len(hrefs) == 8
