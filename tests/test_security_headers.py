"""Security headers: CSP without inline script on public pages, framing, referrer, permissions;
HSTS, HTTPS redirect and secure cookies under the production settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/en/", "/fr/", "/en/accounts/login/", "/en/accounts/signup/", "/en/search/?q=x", "/en/no-such-page/"]


def directives(header):
    """A CSP header as {directive: [sources]}."""
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_forbid_inline_script_and_framing(client, site_tree, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])

    script_sources = policy.get("script-src", policy["default-src"])
    assert "'unsafe-inline'" not in script_sources
    assert "'unsafe-eval'" not in script_sources
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


def test_public_pages_contain_no_inline_script(client, site_tree):
    # The policy would block them in a browser; this catches them before a browser test does.
    for path in PUBLIC_PATHS:
        body = client.get(path).text
        for chunk in body.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            assert "src=" in tag, f"inline <script> on {path}"


def test_only_the_admin_gets_the_looser_policy(client, admin_user):
    client.force_login(admin_user)
    admin = client.get("/admin/")
    assert "'unsafe-inline'" in directives(admin["Content-Security-Policy"])["script-src"]
    assert admin["X-Frame-Options"] == "SAMEORIGIN"

    # A path that merely contains "admin" later on is public and strict.
    public = client.get("/en/admin/")
    assert "'unsafe-inline'" not in directives(public["Content-Security-Policy"])["script-src"]


PRODUCTION_SCRIPT = """
import json, sys
import django
import portal.settings.production as production
# collectstatic has not run in a test: serve static names without the manifest.
production.STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
plain = client.get("/en/accounts/login/")
secure = client.get("/en/accounts/login/", secure=True)
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location"),
    "secure_status": secure.status_code,
    "hsts": secure.get("Strict-Transport-Security"),
    "cookies": {name: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"]), "samesite": c["samesite"]}
                for name, c in secure.cookies.items()},
}))
"""


def test_production_settings_send_hsts_redirect_to_https_and_mark_cookies_secure():
    # Production settings are read at start-up: run them in a process of their own, on the test database.
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k3$Xq9!vR2#mN8@pL5^tW7&zB4*cD6(eF1)gH0_jY-uI=oP+aS~dQ",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "ALLOWED_HOSTS": "testserver",
    }
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])

    assert answer["plain_status"] == 301
    assert answer["plain_location"] == "https://testserver/en/accounts/login/"
    assert answer["secure_status"] == 200
    assert answer["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert "csrftoken" in answer["cookies"]
    for name, cookie in answer["cookies"].items():
        assert cookie["secure"], name
    assert answer["cookies"]["csrftoken"]["samesite"] == "Lax"


def test_check_deploy_warns_when_production_has_no_shared_cache():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "k3$Xq9!vR2#mN8@pL5^tW7&zB4*cD6(eF1)gH0_jY-uI=oP+aS~dQ",
            "DATABASE_URL": "postgres://agora:agora@db.invalid:5432/agora",
            "ALLOWED_HOSTS": "agora.example.eu",
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "agora.W001" in result.stderr + result.stdout
    assert "REDIS_URL" in result.stderr + result.stdout
