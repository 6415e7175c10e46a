"""Settings for `make test`: PostgreSQL from DATABASE_URL, fast hashing, no outside calls."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Local memory, so that the root conftest can clear it in tests without a database;
    # portal/tests/test_ratelimit.py checks the database cache that production falls back to.
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off, so that tests counting a page's queries count the real work; portal/tests/test_page_cache.py
# turns it on.
PAGE_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"

# Index updates on every save cost half of a test's set-up; tests that search turn them
# back on (search/tests/conftest.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}

# Editors' machine translation: the memory, then the deterministic test translator ("[fr] …").
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting("test")
