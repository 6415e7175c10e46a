"""Start and stop a throwaway PostgreSQL cluster and gunicorn (production-like settings, two
workers) for the fault, concurrency and load tests."""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster of scripts/pg_cluster.sh that can be killed and started again."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="agora-fault-pg-"))
        output = subprocess.run(
            [str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(self.dir)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        self.url = output.strip().splitlines()[-1].removeprefix("DATABASE_URL=")
        self.port = int((self.dir / "port").read_text())

    def pg_ctl(self, *args):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "pgdata"), *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )

    def kill(self):
        """Stop hard, as a crash or a pulled plug would: no checkpoint, clients cut off."""
        self.pg_ctl("-m", "immediate", "-w", "stop")

    def start(self):
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c max_connections=100"
        self.pg_ctl("-l", str(self.dir / "server.log"), "-w", "-t", "30", "-o", options, "start")

    def remove(self):
        subprocess.run(
            [str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(self.dir)], capture_output=True, timeout=60
        )


def restore_into(cluster, source_url):
    """Copy a database (schema and rows) into the cluster's, with pg_dump and pg_restore."""
    dump = subprocess.run(
        [str(PG_BIN / "pg_dump"), "--format=custom", "--no-owner", f"--dbname={source_url}"],
        capture_output=True,
        check=True,
        timeout=180,
    ).stdout
    subprocess.run(
        [str(PG_BIN / "pg_restore"), "--no-owner", "--exit-on-error", f"--dbname={cluster.url}"],
        input=dump,
        capture_output=True,
        check=True,
        timeout=180,
    )


class Gunicorn:
    def __init__(self, database_url, workers=2, extra_env=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.production_like",
            "SECRET_KEY": "k3$Xq9!vR2#mN8@pL5^tW7&zB4*cD6(eF1)gH0_jY-uI=oP+aS~dQ",
            "DATABASE_URL": database_url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            **(extra_env or {}),
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        # Kept open for the server's lifetime; removed in stop().
        self.log = tempfile.NamedTemporaryFile(prefix="agora-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={workers}",
                "--timeout=30",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until_up()

    def wait_until_up(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(Path(self.log.name).read_text())
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2):  # noqa: S310 - loopback http
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def get(self, path, timeout=10):
        """(status, body, seconds) of a GET."""
        started = time.monotonic()
        try:
            with urllib.request.urlopen(self.base + path, timeout=timeout) as response:  # noqa: S310 - loopback
                return response.status, response.read().decode(), time.monotonic() - started
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), time.monotonic() - started

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        Path(self.log.name).unlink(missing_ok=True)
