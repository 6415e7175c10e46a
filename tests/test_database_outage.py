"""A real PostgreSQL stopped hard while gunicorn (production-like settings, two workers) serves:
requests fail fast with the translated 503, /healthz says 503, and soon after the database is
back the portal serves again with everything committed before. (portal/tests/test_health_and_errors.py
covers the same pages against a port where no database ever listened.)"""

import time

from django.db import connection

import psycopg
import pytest

from bench.cluster import Cluster, restore_into
from bench.gunicorn import Gunicorn
from home.tests.factories import build_site_tree


def database_url():
    settings = connection.settings_dict
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_killed_and_restarted_under_gunicorn():
    build_site_tree()  # committed: transaction=True
    cluster = Cluster()
    server = None
    try:
        restore_into(cluster, database_url())
        # Page cache off: this test is about pages that need the database, not cached copies.
        server = Gunicorn(cluster.url, extra_env={"PAGE_CACHE_SECONDS": "0"})
        assert server.get("/fr/")[0] == 200
        # A row committed just before the crash (synchronous commit, so it is on disk).
        with psycopg.connect(cluster.url, autocommit=True) as database:
            database.execute("SET synchronous_commit = on")
            database.execute("UPDATE wagtailcore_page SET title = 'Committed before the crash' WHERE slug = 'about'")

        cluster.kill()
        for path, lang, heading in [
            ("/fr/", "fr", "Temporairement indisponible"),
            ("/el/", "el", "Προσωρινά μη διαθέσιμο"),
        ]:
            for _worker in range(3):  # more requests than workers: each worker meets the dead database
                status, body, seconds = server.get(path)
                assert status == 503
                assert seconds < 2
                assert f'<html lang="{lang}"' in body
                assert heading in body
        status, _body, seconds = server.get("/healthz")
        assert (status, seconds < 2) == (503, True)

        cluster.start()
        back = time.monotonic()
        while True:
            statuses = [server.get(path)[0] for path in ("/healthz", "/fr/", "/en/", "/en/about/")]
            if statuses == [200, 200, 200, 200]:
                break
            assert time.monotonic() - back < 10, f"still {statuses} 10 s after the database came back"
            time.sleep(0.2)
        assert "Committed before the crash" in server.get("/en/about/")[1]
    finally:
        if server is not None:
            server.stop()
        cluster.remove()
