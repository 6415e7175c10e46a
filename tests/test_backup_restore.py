"""A trainee's data survives a real pg_dump and pg_restore into a fresh PostgreSQL cluster
(the procedure of docs/operations.md)."""

import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from django.db import connection
from django.test import Client

import pytest

from accounts.personal_data import ENCODER, export_user_data
from accounts.tests.factories import make_trainee
from training.tests.factories import build_course, correct_post

ROOT = Path(__file__).resolve().parents[1]
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))

EXPORT_SCRIPT = """
import json, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from accounts.personal_data import ENCODER, export_user_data
user = get_user_model().objects.get(email=sys.argv[1])
print(json.dumps(export_user_data(user), cls=ENCODER, sort_keys=True))
"""


def database_url():
    settings = connection.settings_dict
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def run(*command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, **kwargs)
    assert result.returncode == 0, f"{command[0]}: {result.stderr}"
    return result.stdout


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_trainee_data_round_trips_through_pg_dump_and_pg_restore(tmp_path):
    course = build_course(translate_into=())
    ana = make_trainee(email="ana@example.org", name="Ana Horvat", organisation="Grad Zagreb")
    client = Client()
    client.force_login(ana)
    client.post(course.lessons[0].url, {"action": "complete"})
    client.post(course.quiz.url, correct_post(course.quiz, uuid.uuid4()))
    before = json.loads(json.dumps(export_user_data(ana), cls=ENCODER, sort_keys=True))
    assert before["quiz_attempts"] and before["lesson_completions"]

    dump = tmp_path / "agora.dump"
    run(str(PG_BIN / "pg_dump"), "--format=custom", "--no-owner", f"--file={dump}", f"--dbname={database_url()}")

    cluster = Path(tempfile.mkdtemp(prefix="agora-restore-"))
    try:
        started = run(str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(cluster))
        restored_url = started.strip().splitlines()[-1].removeprefix("DATABASE_URL=")
        run(str(PG_BIN / "pg_restore"), "--no-owner", "--exit-on-error", f"--dbname={restored_url}", str(dump))

        env = {**os.environ, "DATABASE_URL": restored_url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
        output = run(sys.executable, "-c", EXPORT_SCRIPT, "ana@example.org", cwd=ROOT, env=env)
        after = json.loads(output.strip().splitlines()[-1])
    finally:
        subprocess.run([str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(cluster)], capture_output=True, timeout=60)

    assert after == before
