"""The site for a host is remembered between requests, and forgotten when a site changes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    """Wagtail's look-up of the request's site (its query ranks the candidates "AS match")."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries if 'AS "match"' in query["sql"]]


def test_the_site_is_looked_up_once_then_remembered(client, site_tree):
    url = site_tree.about.url
    assert len(site_queries(client, url)) == 1
    assert site_queries(client, url) == []


def test_saving_a_site_forgets_what_was_remembered(client, site_tree, settings):
    url = site_tree.about.url
    site_queries(client, url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Agora renamed"
    site.save()
    assert len(site_queries(client, url)) == 1
    # The new root page is used at once: the old home's children are no longer under "/".
    site.root_page = site_tree.about
    site.save()
    assert client.get(url).status_code == 404


def test_each_request_gets_its_own_site_object(client, rf, site_tree):
    from portal.sites import remembered_site

    assert remembered_site(rf.get("/")) is None  # nothing looked up ahead of need
    client.get(site_tree.about.url)
    first, second = remembered_site(rf.get("/")), remembered_site(rf.get("/"))
    assert first == Site.objects.get(is_default_site=True)
    assert first is not second


def test_a_request_that_needs_no_site_makes_no_site_query(client, site_tree):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/healthz").status_code == 200
    assert not [query for query in queries.captured_queries if 'AS "match"' in query["sql"]]
