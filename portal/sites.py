"""Which Wagtail site answers a host, remembered between requests.

Wagtail finds the site with one SQL query on every request (``Site.find_for_request``); with
the ORM's work that is about 5 ms of each page on this machine. Sites change a few times in
a portal's life, so the answer's field values are kept in the default cache per host and
port: every request still gets its own fresh ``Site`` instance (no related object is shared
between requests), saving or deleting a site forgets every answer at once, and an answer
expires after ``SITE_CACHE_SECONDS``, which bounds how long a worker that does not share the
cache (no ``REDIS_URL``) may keep an edited site.
"""

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

CACHE_KEY = "agora:sites-by-host"
FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def site_for_request(request):
    """The site for ``request``'s host and port, as ``Site.find_for_request`` would choose it."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    known = cache.get(CACHE_KEY) or {}
    fields = known.get(f"{hostname}:{port}")
    if fields is None:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        fields = {name: getattr(site, name) for name in FIELDS}
        cache.set(CACHE_KEY, {**known, f"{hostname}:{port}": fields}, settings.SITE_CACHE_SECONDS)
    return Site(**fields)


def forget_sites(**kwargs):
    """Connected to ``Site``'s post_save and post_delete."""
    cache.delete(CACHE_KEY)


class RememberedSiteMiddleware:
    """Gives Wagtail the request's site before anything asks for it (``request._wagtail_site``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_CACHE_SECONDS and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
