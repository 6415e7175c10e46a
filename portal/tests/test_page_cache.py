"""The anonymous page cache never serves one visitor's page to another (issue 9, item 3)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

CACHE_HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def get(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, len(queries)


@pytest.mark.django_db
def test_anonymous_page_is_served_from_cache_without_queries(client, course):
    url = course.course.url
    first, first_queries = get(client, url)
    second, second_queries = get(client, url)
    assert first.status_code == second.status_code == 200
    assert first[CACHE_HEADER] == "miss"
    assert first_queries > 0
    assert second[CACHE_HEADER] == "hit"
    assert second_queries == 0
    assert second.content == first.content
    # The outer middleware still adds its headers to a cached page.
    assert "Content-Security-Policy" in second
    assert "Permissions-Policy" in second


@pytest.mark.django_db
def test_language_prefix_and_query_string_are_part_of_the_key(client, course):
    english, french = course.course.url, course.translations["fr"].course.url
    assert get(client, english)[0][CACHE_HEADER] == "miss"
    french_response = get(client, french)[0]
    assert french_response[CACHE_HEADER] == "miss"
    assert b"Cours (fr)" in french_response.content
    assert get(client, english + "?page=2")[0][CACHE_HEADER] == "miss"
    assert get(client, english + "?page=2")[0][CACHE_HEADER] == "hit"


@pytest.mark.django_db
def test_signed_in_trainee_never_gets_nor_leaves_a_cached_page(client, course, trainee, other_trainee):
    url = course.course.url
    client.force_login(trainee)
    signed_in, queries = get(client, url)
    assert signed_in.status_code == 200
    assert CACHE_HEADER not in signed_in
    assert queries > 0
    client.logout()
    client.cookies.clear()
    # The trainee's page was not stored: the first anonymous request renders afresh.
    assert get(client, url)[0][CACHE_HEADER] == "miss"
    assert get(client, url)[0][CACHE_HEADER] == "hit"
    # Now the anonymous page is cached; another trainee still gets their own rendering.
    client.force_login(other_trainee)
    again, queries = get(client, url)
    assert CACHE_HEADER not in again
    assert queries > 0
    assert again.content != get_anonymous_content(url)


def get_anonymous_content(url):
    from django.test import Client

    return Client().get(url).content


@pytest.mark.django_db
def test_a_session_or_messages_cookie_bypasses_the_cache(client, course):
    url = course.course.url
    get(client, url)
    assert get(client, url)[0][CACHE_HEADER] == "hit"
    client.cookies["sessionid"] = "not-a-session"
    assert CACHE_HEADER not in get(client, url)[0]
    del client.cookies["sessionid"]
    client.cookies["messages"] = "anything"
    assert CACHE_HEADER not in get(client, url)[0]


@pytest.mark.django_db
def test_quiz_pages_are_never_cached(client, course):
    url = course.quiz.url
    for _ in range(2):
        response, queries = get(client, url)
        assert response.status_code == 200
        assert CACHE_HEADER not in response
        assert queries > 0


@pytest.mark.django_db
def test_search_is_never_cached(client, course):
    for _ in range(2):
        response, queries = get(client, "/en/search/?q=crime")
        assert response.status_code == 200
        assert CACHE_HEADER not in response
        assert queries > 0


@pytest.mark.django_db
def test_forms_are_never_cached(client, course):
    for _ in range(2):
        response = client.get("/en/accounts/signup/")
        assert response.status_code == 200
        assert CACHE_HEADER not in response


@pytest.mark.django_db
def test_publishing_invalidates_the_cached_pages(client, course):
    page, listing = course.course, course.index.url
    get(client, page.url)
    get(client, listing)
    assert get(client, listing)[0][CACHE_HEADER] == "hit"
    page.title = "CPTED refreshed"
    page.save_revision().publish()
    response = get(client, page.url)[0]
    assert response[CACHE_HEADER] == "miss"
    assert b"CPTED refreshed" in response.content
    assert get(client, listing)[0][CACHE_HEADER] == "miss"


@pytest.mark.django_db
def test_unpublishing_invalidates_the_cached_page(client, course):
    about = course.site.about
    get(client, about.url)
    assert get(client, about.url)[0][CACHE_HEADER] == "hit"
    about.unpublish()
    assert get(client, about.url)[0].status_code == 404


@pytest.mark.django_db
def test_the_menu_is_kept_with_the_page_cache_for_signed_in_visitors_too(client, course, trainee):
    """The menu is the same for everyone: a signed-in page reuses it, a publish rebuilds it."""
    client.force_login(trainee)
    url = course.course.url

    def menu_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return response, [query["sql"] for query in queries.captured_queries if '."show_in_menus" AND' in query["sql"]]

    assert len(menu_queries()[1]) == 1
    second, again = menu_queries()
    assert CACHE_HEADER not in second  # the page itself is rendered for the trainee
    assert again == []  # but the menu's query is not made again
    about = course.site.about
    assert f'href="{about.url}"'.encode() in second.content
    about.title = "About us, renamed"
    about.save_revision().publish()
    third = client.get(url)
    assert b"About us, renamed" in third.content
    about.show_in_menus = False
    about.save_revision().publish()
    assert b"About us, renamed" not in client.get(url).content


@pytest.mark.django_db
def test_the_menu_is_in_the_visitors_language(client, course):
    english = client.get(course.course.url).content
    french = client.get(course.translations["fr"].course.url).content
    assert b">About Agora<" in english
    assert ">À propos d&#x27;Agora<".encode() in french
    assert b">About Agora<" not in french


@pytest.mark.django_db
def test_the_footer_is_kept_and_rebuilt_when_its_settings_change(client, course):
    from wagtail.models import Site

    from home.models import FooterSettings

    url = course.site.about.url
    first = get(client, url)[0]
    assert b"mailto:contact@example.org" in first.content
    assert get(client, url)[0][CACHE_HEADER] == "hit"
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_email = "desk@example.org"
    footer.save()
    after = get(client, url)[0]
    assert after[CACHE_HEADER] == "miss"
    assert b"mailto:desk@example.org" in after.content
    french = client.get(course.site.translations["fr"].about.url).content
    assert f'href="{course.site.privacy.url}"'.encode() in first.content
    assert b"mailto:desk@example.org" in french
