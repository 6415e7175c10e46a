"""The translators' real requests, captured by a recording server on loopback.

DeepL and LibreTranslate cannot be reached from here; these tests check what the code
would send them, with wagtail-localize's own request code.
"""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

import pytest

from localization.machine_translators import DeepLTranslator, DeterministicTranslator


@pytest.fixture
def recording_server():
    """Answers every POST with the JSON in ``server.reply`` and keeps what it received."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            self.server.received.append((self.path, dict(self.headers), body))
            payload = json.dumps(self.server.reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.received = []
    server.reply = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()


def locales():
    return Locale(language_code="en"), Locale(language_code="fr")


def test_deterministic_translator_marks_the_first_text_and_keeps_html():
    english, french = locales()
    strings = [StringValue("Public space"), StringValue('<b>Safe</b> <a id="a1">squares</a>')]
    result = DeterministicTranslator({}).translate(english, french, strings)
    assert result[strings[0]].data == "[fr] Public space"
    assert result[strings[1]].data == '<b>[fr] Safe</b> <a id="a1">squares</a>'
    assert DeterministicTranslator({}).can_translate(english, french)
    assert not DeterministicTranslator({}).can_translate(english, Locale(language_code="en"))


def test_deepl_request(recording_server):
    recording_server.reply = {"translations": [{"text": "Espace public"}]}
    translator = DeepLTranslator(
        {"AUTH_KEY": "secret:fx", "API_URL": recording_server.url + "/v2/translate", "FORMALITY": "prefer_more"}
    )
    english, french = locales()
    string = StringValue("Public space")
    assert translator.translate(english, french, [string])[string].data == "Espace public"
    [(path, headers, body)] = recording_server.received
    assert path == "/v2/translate"
    assert headers["Authorization"] == "DeepL-Auth-Key secret:fx"
    assert parse_qs(body.decode()) == {
        "text": ["Public space"],
        "tag_handling": ["xml"],
        "source_lang": ["EN"],
        "target_lang": ["FR"],
        "formality": ["prefer_more"],
    }


def test_libretranslate_request(recording_server):
    recording_server.reply = {"translatedText": ["Öffentlicher Raum"]}
    translator = LibreTranslator({"LIBRETRANSLATE_URL": recording_server.url, "API_KEY": "k"})
    english, german = Locale(language_code="en"), Locale(language_code="de")
    string = StringValue("Public space")
    assert translator.translate(english, german, [string])[string].data == "Öffentlicher Raum"
    [(path, _headers, body)] = recording_server.received
    assert path == "/translate"
    assert json.loads(body) == {"q": ["Public space"], "source": "en", "target": "de", "api_key": "k", "format": "html"}


@pytest.mark.parametrize(
    ("env", "expected_class"),
    [
        ({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "key"}, "localization.machine_translators.DeepLTranslator"),
        (
            {"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "http://mt.example/"},
            "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        ),
        ({"MACHINE_TRANSLATOR": "test"}, "localization.machine_translators.DeterministicTranslator"),
        ({}, "None"),  # the memory alone
    ],
)
def test_the_environment_chooses_the_translator(env, expected_class):
    code = (
        "import django; django.setup(); from django.conf import settings;"
        "c = getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None);"
        "assert c['CLASS'] == 'localization.machine_translators.MemoryThenMachine';"
        "m = c['OPTIONS']['THEN'];"
        "print(m['CLASS'] if m else None, (m or {}).get('OPTIONS', {}))"
    )
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("MACHINE_", "DEEPL_", "LIBRETRANSLATE_"))}
    output = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean_env, **env, "DJANGO_SETTINGS_MODULE": "portal.settings.base", "SECRET_KEY": "x"},
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout
    assert output.split(" ", 1)[0] == expected_class
    if "DEEPL_API_KEY" in env:
        assert "'AUTH_KEY': 'key'" in output
    if "LIBRETRANSLATE_URL" in env:
        assert "'LIBRETRANSLATE_URL': 'http://mt.example'" in output


def test_an_unknown_translator_name_stops_the_start():
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**os.environ, "MACHINE_TRANSLATOR": "babelfish", "DJANGO_SETTINGS_MODULE": "portal.settings.base"},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode != 0
    assert "MACHINE_TRANSLATOR must be one of deepl, libretranslate, test" in result.stderr
