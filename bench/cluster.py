"""Throwaway PostgreSQL clusters (scripts/pg_cluster.sh) for the benchmarks and for the tests that
kill the database under gunicorn, and the PostgreSQL tools (pg_dump, pg_restore) run against them."""

import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def start_cluster():
    """(state directory, DATABASE_URL) of a new cluster; stop it with :func:`stop_cluster`."""
    state = Path(tempfile.mkdtemp(prefix="agora-bench-"))
    os.chmod(state, 0o755)  # noqa: S103 - the postgres user must reach its data directory
    output = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(state)], check=True, capture_output=True, text=True
    ).stdout
    url = next(line.split("=", 1)[1] for line in output.splitlines() if line.startswith("DATABASE_URL="))
    return state, url


def stop_cluster(state):
    subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(state)], check=False, capture_output=True
    )


def pg_tool(name, url, *args):
    subprocess.run([str(PG_BIN / name), *args, "--dbname", url], check=True)  # noqa: S603 - PostgreSQL tools


class Cluster:
    """A PostgreSQL cluster of scripts/pg_cluster.sh that can be killed and started again."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="agora-fault-pg-"))
        output = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(self.dir)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        self.url = output.strip().splitlines()[-1].removeprefix("DATABASE_URL=")
        self.port = int((self.dir / "port").read_text())

    def pg_ctl(self, *args):
        return subprocess.run(  # noqa: S603 - PostgreSQL's pg_ctl as the postgres user
            ["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "pgdata"), *args],  # noqa: S607
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
        subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(self.dir)], capture_output=True, timeout=60
        )


def restore_into(cluster, source_url):
    """Copy a database (schema and rows) into the cluster's, with pg_dump and pg_restore."""
    dump = subprocess.run(  # noqa: S603 - PostgreSQL tools
        [str(PG_BIN / "pg_dump"), "--format=custom", "--no-owner", f"--dbname={source_url}"],
        capture_output=True,
        check=True,
        timeout=180,
    ).stdout
    subprocess.run(  # noqa: S603 - PostgreSQL tools
        [str(PG_BIN / "pg_restore"), "--no-owner", "--exit-on-error", f"--dbname={cluster.url}"],
        input=dump,
        capture_output=True,
        check=True,
        timeout=180,
    )
