"""Where the test time goes: a per-phase table at the end of every run, and the slow tests first.

``pytest_runtest_logreport`` runs in the controlling process under pytest-xdist too, so the
table adds up every worker's setup, call and teardown time (worker-seconds: with two
workers the wall-clock time is about half). scripts/test.sh prints it with its own
wall-clock phases (installs, clusters, the SQLite run, the PostgreSQL run, the benchmarks).

The longest tests are moved to the front of the run (after pytest-randomly's shuffle), so
that xdist's workers start on them and finish together instead of one worker running a
seven-minute Lighthouse test alone at the end.
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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    first = [item for item in items if item.nodeid.startswith(FRONT)]
    first.sort(key=lambda item: FRONT.index(next(prefix for prefix in FRONT if item.nodeid.startswith(prefix))))
    rest = [item for item in items if not item.nodeid.startswith(FRONT)]
    items[:] = first + rest


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
