import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k3$Xq9!vR2#mN8@pL5^tW7&zB4*cD6(eF1)gH0_jY-uI=oP+aS~dQ",
    "DATABASE_URL": "postgres://agora:agora@db.invalid:5432/agora",
    "ALLOWED_HOSTS": "agora.example.eu",
    "REDIS_URL": "redis://cache.invalid:6379/0",
}


def test_production_settings_pass_check_deploy_without_a_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr
