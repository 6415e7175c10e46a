"""The rate limit counts in a cache that every worker shares (the database cache without Redis)."""

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.test import RequestFactory, override_settings

import pytest

from portal import ratelimit

DATABASE_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "agora_rate_limits"},
}


def test_parse_rate():
    assert ratelimit.parse_rate("30/m") == (30, 60)
    assert ratelimit.parse_rate("5/hour") == (5, 3600)


def test_base_settings_use_the_database_cache_without_redis(monkeypatch):
    import importlib

    monkeypatch.delenv("REDIS_URL", raising=False)
    from portal.settings import base

    settings = importlib.reload(base)
    assert settings.CACHES["ratelimit"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert settings.CACHES["ratelimit"]["LOCATION"] == "agora_rate_limits"
    monkeypatch.setenv("REDIS_URL", "redis://redis:6379/0")
    settings = importlib.reload(base)
    assert settings.CACHES["ratelimit"]["BACKEND"] == "django_redis.cache.RedisCache"
    monkeypatch.delenv("REDIS_URL")
    importlib.reload(base)


@pytest.mark.django_db
@override_settings(CACHES=DATABASE_CACHES)
def test_the_counter_is_shared_by_separate_cache_clients():
    caches["ratelimit"].clear()
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7")
    # Another worker: its own cache client object over the same table.
    other_worker = DatabaseCache("agora_rate_limits", {})
    assert other_worker is not caches["ratelimit"]
    assert [ratelimit.hit(request, "test", "3/m") for _ in range(3)] == [True, True, True]
    keys = [key for key in _keys_in_table() if ":test:192.0.2.7:" in key]
    assert len(keys) == 1
    assert other_worker.get(keys[0].split(":", 2)[2]) == 3
    assert ratelimit.hit(request, "test", "3/m") is False
    other_request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.8")
    assert ratelimit.hit(other_request, "test", "3/m") is True
    caches["ratelimit"].clear()


def _keys_in_table():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM agora_rate_limits")
        return [row[0] for row in cursor.fetchall()]
