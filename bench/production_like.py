"""Production settings for gunicorn on loopback (the load benchmark, and the tests that run gunicorn):
everything as in production except the static-file manifest (collectstatic does not run) and
HTTPS (plain HTTP on loopback)."""

from portal.settings.production import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
