"""Where the test time goes: a per-phase table at the end of every run, and the slow tests first.

``pytest_runtest_logreport`` runs in the controlling process under pytest-xdist too, so the
table adds up every worker's setup, call and teardown time (worker-seconds: with two
workers the wall-clock time is about half). scripts/test.sh prints it with its own
wall-clock phases (installs, clusters, the SQLite run, the PostgreSQL run, the benchmarks).

The longest tests are moved to the front of their group (after pytest-randomly's shuffle,
keeping pytest-django's order of groups), so that xdist's workers start on them and finish
together instead of one worker running a seven-minute Lighthouse test alone at the end.
scripts/test.sh hands the tests out one at a time (``--maxschedchunk=1``), so that the long
ones at the front are shared between the workers instead of all going to the first.
"""

import time
from collections import defaultdict

import pytest

# (phase, whether a test belongs to it from its node id and keywords); the first match wins.
# Items and reports both have ``nodeid`` and ``keywords``: the xdist controller sees reports only.
PHASES = [
    ("Lighthouse", lambda nodeid, keywords: "lighthouse" in keywords),
    ("axe + Nu HTML checker", lambda nodeid, keywords: "vnu" in nodeid or "html_validity" in nodeid),
    ("browser", lambda nodeid, keywords: "browser" in keywords),
    ("fuzz (Hypothesis)", lambda nodeid, keywords: nodeid.startswith("tests/test_fuzz.py")),
    ("demo site, eight languages", lambda nodeid, keywords: nodeid.startswith("tests/test_demo_site.py")),
]
OTHER = "unit and integration"
# Run first: the longest tests (measured; docs/testing.md, "Time").
FRONT = (
    "tests/browser/test_page_quality.py::test_lighthouse",
    "tests/test_demo_site.py",
    "tests/test_fuzz.py",
    "tests/test_concurrent_trainees.py",
    "tests/test_authorisation_matrix.py",
)


def phase_of(nodeid, keywords):
    return next((name for name, matches in PHASES if matches(nodeid, keywords)), OTHER)


def database_order(item):
    """pytest-django's order (as Django's runner): rolled-back database tests, then
    transactional ones, then tests without a database. It must hold: a transactional test
    flushes the database at its end, taking the groups, permissions and content types that
    migrations created, so a rolled-back test after it in the same worker would miss them."""
    from django.test import TestCase, TransactionTestCase

    from pytest_django.plugin import validate_django_db

    cls = getattr(item, "cls", None)
    if cls and issubclass(cls, TransactionTestCase):
        return 0 if issubclass(cls, TestCase) else 1
    marker = item.get_closest_marker("django_db")
    transactional = bool(marker) and any(validate_django_db(marker)[:2])
    fixtures = getattr(item, "fixturenames", [])
    if transactional or "transactional_db" in fixtures or "live_server" in fixtures:
        return 1
    return 0 if marker or "db" in fixtures else 2


def front_rank(item):
    return next((rank for rank, prefix in enumerate(FRONT) if item.nodeid.startswith(prefix)), len(FRONT))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    # A stable sort: pytest-randomly's shuffle stays within each group.
    items.sort(key=lambda item: (database_order(item), front_rank(item)))


class PhaseTimes:
    def __init__(self):
        self.seconds = defaultdict(float)
        self.tests = defaultdict(set)
        self.started = time.monotonic()

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report):
        phase = phase_of(report.nodeid, report.keywords)
        self.seconds[phase] += report.duration
        self.tests[phase].add(report.nodeid)

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter):
        if not self.seconds:
            return
        wall = time.monotonic() - self.started
        terminalreporter.write_sep("=", "time per phase (worker-seconds; setup + call + teardown)")
        for phase, seconds in sorted(self.seconds.items(), key=lambda pair: -pair[1]):
            terminalreporter.write_line(f"{phase:<30} {len(self.tests[phase]):>5} tests {seconds / 60:>7.1f} min")
        total = sum(self.seconds.values())
        terminalreporter.write_line(
            f"{'total':<30} {'':>11} {total / 60:>7.1f} min in {wall / 60:.1f} min of wall time"
        )


def pytest_configure(config):
    if not hasattr(config, "workerinput"):  # the xdist controller, or a run without xdist
        config.pluginmanager.register(PhaseTimes(), "agora_phase_times")
