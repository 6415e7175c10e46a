"""/healthz and the 503 page, against a database that really does not answer.

The failing cases run Agora in a subprocess whose DATABASE_URL points at a port where
nothing listens: the real connection error, without touching the test database.
"""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REQUEST_SCRIPT = """
import json, sys, time
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
started = time.monotonic()
response = client.get(sys.argv[1])
print(json.dumps({
    "status": response.status_code,
    "body": response.content.decode(),
    "retry_after": response.get("Retry-After"),
    "seconds": time.monotonic() - started,
}))
"""


def request_with_database_down(path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://agora@127.0.0.1:{dead_port}/agora",
    }
    result = subprocess.run(
        [sys.executable, "-c", REQUEST_SCRIPT, path], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "max-age=0" in response["Cache-Control"]


def test_healthz_answers_503_fast_when_the_database_does_not():
    response = request_with_database_down("/healthz")
    assert response["status"] == 503
    assert response["seconds"] < 2


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/fr/", "fr", "Temporairement indisponible"), ("/el/", "el", "Προσωρινά μη διαθέσιμο")],
)
def test_pages_answer_a_translated_503_fast_when_the_database_is_down(path, lang, heading):
    response = request_with_database_down(path)
    assert response["status"] == 503
    assert f'<html lang="{lang}">' in response["body"]
    assert heading in response["body"]
    assert response["retry_after"] == "10"
    assert response["seconds"] < 2
