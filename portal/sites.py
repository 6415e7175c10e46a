"""Which Wagtail site answers a host, remembered between requests.

Wagtail finds the site with one SQL query on every request (``Site.find_for_request``); with
the ORM's work that is about 5 ms of each page on this machine. Sites change a few times in
a portal's life, so the answer's field values are kept in the default cache per host and
port: every request still gets its own fresh ``Site`` instance (no related object is shared
between requests), saving or deleting a site forgets every answer at once, and an answer
expires after ``SITE_CACHE_SECONDS``, which bounds how long a worker that does not share the
cache (no ``REDIS_URL``) may keep an edited site.

Nothing is looked up ahead of need: a request whose site is not remembered yet lets Wagtail
find it as usual (robots.txt, /healthz and static files never touch the database for it),
and the answer Wagtail found is remembered afterwards.
"""

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Site

CACHE_KEY = "agora:sites-by-host"
FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def _host_key(request):
    return f"{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"


def remembered_site(request):
    """A fresh ``Site`` for the request's host and port if one is remembered, else None."""
    fields = (cache.get(CACHE_KEY) or {}).get(_host_key(request))
    return Site(**fields) if fields is not None else None


def remember_site(request, site):
    known = cache.get(CACHE_KEY) or {}
    known[_host_key(request)] = {name: getattr(site, name) for name in FIELDS}
    cache.set(CACHE_KEY, known, settings.SITE_CACHE_SECONDS)


def forget_sites(**kwargs):
    """Connected to ``Site``'s post_save and post_delete."""
    cache.delete(CACHE_KEY)


class RememberedSiteMiddleware:
    """Gives Wagtail the remembered site (``request._wagtail_site``), or remembers the one it found.

    Only GET and HEAD requests remember: a request that saves a site (a POST in the admin)
    must not put back the values it read before saving.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.SITE_CACHE_SECONDS:
            return self.get_response(request)
        site = remembered_site(request)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        found = getattr(request, "_wagtail_site", None)
        if site is None and found is not None and request.method in ("GET", "HEAD"):
            remember_site(request, found)
        return response
