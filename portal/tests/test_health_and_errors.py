"""/healthz and the 503 page, against a database that really stops answering."""

import contextlib

from django.db import connection

import pytest

pytestmark = pytest.mark.django_db


@contextlib.contextmanager
def database_unreachable():
    """Point the live connection at a port where nothing listens, as if the server had died."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    connection.close()
    saved = dict(connection.settings_dict)
    if connection.vendor == "postgresql":
        connection.settings_dict.update({"HOST": "127.0.0.1", "PORT": str(dead_port)})
    else:
        connection.settings_dict["NAME"] = "/nonexistent-directory/agora.sqlite3"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
        connection.connect()


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_answers_503_when_the_database_does_not(client):
    with database_unreachable():
        response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_answer_a_translated_503_when_the_database_is_down(site_tree, client):
    client.raise_request_exception = False
    with database_unreachable():
        response = client.get("/fr/")
    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Temporairement indisponible" in html
    assert response["Retry-After"] == "10"
