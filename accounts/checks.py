"""Deployment checks for the account rate limits (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def rate_limits_need_a_shared_cache(app_configs, **kwargs):
    """allauth counts attempts in the default cache; a per-process cache lets each worker count alone."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        return [
            Warning(
                "The default cache is local to each worker process, so the log-in, sign-up and "
                "password-reset rate limits are counted per worker and multiply with their number.",
                hint="Set REDIS_URL (see docs/security.md).",
                id="agora.W001",
            )
        ]
    return []
