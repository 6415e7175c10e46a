"""A fixed-window rate limit per client IP and scope, counted in the cache all workers share.

The counter lives in ``CACHES["ratelimit"]``: Redis in production (atomic INCR), otherwise
Django's database cache (table ``agora_rate_limits``), never a per-process memory cache,
so a limit of 30 a minute means 30 for the whole site, not 30 per gunicorn worker.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.template.response import TemplateResponse

CACHE_ALIAS = "ratelimit"
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """ "30/m" → (30, 60). Units: s, m, h, d."""
    count, _slash, unit = rate.partition("/")
    return int(count), PERIODS[unit.strip().lower()[:1]]


def client_ip(request):
    """The address the request came from (REMOTE_ADDR; the proxy in front must set it)."""
    return request.META.get("REMOTE_ADDR") or "unknown"


def hit(request, scope, rate):
    """Count one request; True while the client is within ``rate`` in the current window."""
    limit, period = parse_rate(rate)
    window = int(time.time() // period)
    key = f"rl:{scope}:{client_ip(request)}:{window}"
    cache = caches[CACHE_ALIAS]
    if cache.add(key, 1, timeout=period + 1):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add() and incr()
        cache.add(key, 1, timeout=period + 1)
        count = 1
    return count <= limit


def too_many_requests(request, retry_after=60):
    """The translated 429 page."""
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = str(retry_after)
    return response


def limited(scope, rate_setting):
    """View decorator: past the limit named by the setting ``rate_setting``, answer 429."""

    def decorator(view):
        def wrapped(request, *args, **kwargs):
            rate = getattr(settings, rate_setting)
            if not hit(request, scope, rate):
                return too_many_requests(request, retry_after=parse_rate(rate)[1])
            return view(request, *args, **kwargs)

        wrapped.__name__ = view.__name__
        wrapped.__doc__ = view.__doc__
        wrapped.__wrapped__ = view
        return wrapped

    return decorator
