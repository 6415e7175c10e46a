"""A cache of whole public pages for anonymous visitors, which never serves one person's page
to another. docs/performance.md explains the rules; in short:

- only GET requests that carry no session and no messages cookie are looked up or stored, so a
  signed-in visitor (who always has a session cookie) never receives a cached page and their
  page is never stored;
- only Wagtail pages are stored (search, accounts, my-learning, certificates… never are), and
  only a 200 that sets no cookie, used no CSRF token (no form), is not marked private or
  no-store, and whose page does not opt out (``cache_for_visitors = False``, e.g. quizzes);
- the key is the host, the full path (language prefix included) and the query string, so
  listing filters are cached per filter combination;
- publishing, unpublishing, moving or deleting a page bumps a generation number, which makes
  every stored page unreachable at once; entries also expire after ``PAGE_CACHE_SECONDS``,
  which bounds staleness in gunicorn workers that do not share a cache (no REDIS_URL).
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches

GENERATION_KEY = "generation"
CACHEABLE_URL_NAMES = {"wagtail_serve"}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def clear_page_cache(**kwargs):
    """Make every cached page unreachable (connected to Wagtail's publish signals)."""
    cache = page_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or it expired): start one past the default
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cache_key(request, generation):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page:{generation}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _anonymous_get(request):
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def _storable(request, response):
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in CACHEABLE_URL_NAMES:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A rendered CSRF token (any form) is the visitor's own: such a page is never shared.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    page = (getattr(response, "context_data", None) or {}).get("page")
    return getattr(page, "cache_for_visitors", True)


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous visitors' public pages; sits last, so every other middleware
    (CSP, security headers, cookies) still processes a cached response on its way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _anonymous_get(request):
            return self.get_response(request)
        cache = page_cache()
        generation = cache.get(GENERATION_KEY, 1)
        key = _cache_key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _storable(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            response["X-Page-Cache"] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response


def cached_page_tree_fragment(name, compute):
    """``compute()``, kept per ``name`` until a page is published, moved or deleted.

    For what every visitor sees the same and is built from the page tree (the main menu),
    signed in or not: it shares the page cache's generation and expiry, so it is exactly as
    fresh as a cached page. With ``PAGE_CACHE_SECONDS = 0`` (dev, tests) it is computed each
    time. ``compute`` must return something picklable that holds nothing personal.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return compute()
    cache = page_cache()
    key = f"fragment:{cache.get(GENERATION_KEY, 1)}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value
