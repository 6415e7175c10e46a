"""Load benchmark: gunicorn (production settings, two workers) on PostgreSQL with ≥ 20,000 pages
in eight languages and ≥ 1,000 trainees with progress, driven by wrk at eight connections.

    .venv/bin/python bench/load.py [--seconds 10] [--connections 8] [--trainees 1000] [--smoke]

Restores bench/results/search-2500-<schema>.dump (made by bench/search.py; generated here
when missing), adds a course with lessons and a quiz, a case-study library and the trainees in
bulk (bench/fixtures.py), counts each page's SQL queries with Django's test client, then serves
the database with gunicorn (bench/gunicorn.py; AGORA_BENCH_FLOOR=1 adds the constant floor
view) and prints requests/s,
p50/p95/p99, the ratio to the floor, queries and resident memory per worker beside their
budgets (issue 9). Exits 1 when a budget fails. docs/performance.md has a run's results.
``--smoke`` (CI): 40 pages per locale, 20 trainees, wrk for 1 s at 2 connections, nothing
cached; the table is printed, budgets are not enforced, but an error response or a
failure to run still exits 1.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cluster import start_cluster, stop_cluster  # noqa: E402
from bench.gunicorn import Gunicorn  # noqa: E402

SECRET_KEY = "bench-only-key-8f3c1a2b7e6d5c4b3a29180716253443aa"  # noqa: S105 - throwaway server
BUDGET_P99_MS = 250
BUDGET_QUERIES = 20
BUDGET_RSS_MB = 200


def setup_django(url):
    os.environ.update(
        {
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "bench.production_like",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        }
    )
    import django

    django.setup()


def signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def count_queries(client, path, method="get", data=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(path, data or {})
    if response.status_code not in (200, 302):
        raise RuntimeError(f"{method.upper()} {path} answered {response.status_code}")
    return len(queries)


def quiz_form(client, quiz):
    """(urlencoded body with a {uuid} placeholder for the token, csrf token) of a correct submission."""
    from bench.fixtures import correct_post

    html = client.get(quiz.url).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = correct_post(quiz, "TOKEN")
    data["csrfmiddlewaretoken"] = csrf
    return data, urlencode(data, doseq=True).replace("TOKEN", "{uuid}"), csrf


def run_wrk(url, seconds, connections, env):
    command = ["wrk", f"--threads={min(2, connections)}", f"--connections={connections}", f"--duration={seconds}s"]
    command += ["--timeout=5s", f"--script={ROOT / 'bench' / 'wrk.lua'}", url]
    first = subprocess.run(  # noqa: S603 - the warm-up, same command
        command, env={**os.environ, **env}, capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    output = subprocess.run(  # noqa: S603 - wrk with fixed arguments
        command, env={**os.environ, **env}, capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    requests, duration_us, p50, p95, p99, errors = (int(value) for value in line.split()[1:])
    rps = requests / (duration_us / 1e6)
    latency = {"p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000}
    return {"requests": requests + warm_up_requests(first), "rps": rps, **latency, "errors": errors}


def warm_up_requests(output):
    return int(next(line for line in output.splitlines() if line.startswith("BENCH ")).split()[1])


def worker_rss_mb(server):
    output = subprocess.run(  # noqa: S603
        ["ps", "-o", "rss=", "--ppid", str(server.process.pid)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return [int(value) / 1024 for value in output.split()]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: apt-get install wrk")
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"], check=True)  # noqa: S607


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-locale", type=int, default=2500)
    parser.add_argument("--trainees", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--smoke", action="store_true", help="tiny data, 1 s per page, budgets not enforced (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.pages_per_locale, args.trainees, args.seconds, args.connections = 40, 20, 1, 2
    ensure_wrk()

    state, url = start_cluster()
    server = None
    try:
        setup_django(url)
        from django.conf import settings
        from django.db import connection

        from bench.data import restore_or_generate
        from bench.fixtures import add_trainees, build_case_studies, build_course, more_case_studies
        from bench.loaders import database_counts

        restore_or_generate(url, args.pages_per_locale, cache=not args.smoke)

        started = time.perf_counter()
        course, lessons, quiz = build_course()
        listing = build_case_studies(10)
        trainee, completions = add_trainees(args.trainees, course, lessons, quiz)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"Course, case studies and trainees added in {time.perf_counter() - started:.0f} s")
        counts = database_counts()
        counts["trainees"] = args.trainees
        counts["lesson completions"] = completions
        print("  " + ", ".join(f"{name}: {value}" for name, value in counts.items() if not name.startswith("pages in")))

        filtered = listing.url + "?country=fr&technology=video-analytics"
        client = signed_in_client(trainee)
        quiz_data, quiz_body, csrf = quiz_form(client, quiz)
        session_cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        cookie = f"{session_cookie}; {settings.CSRF_COOKIE_NAME}={client.cookies[settings.CSRF_COOKIE_NAME].value}"
        scenarios = [
            # name, path, wrk environment, cached for anonymous visitors, budget as a multiple of the floor
            ("home", "/en/", {}, True, 1.5),
            ("course", course.url, {}, True, 30),
            ("lesson", lessons[4].url, {}, False, 30),
            ("case studies, filtered", filtered, {}, True, 1.5),
            ("search", "/en/search/?q=cameras", {}, False, 40),
            ("dashboard (signed in)", "/en/my-learning/", {"BENCH_COOKIE": cookie}, False, 40),
            (
                "quiz submission",
                quiz.url,
                {"BENCH_COOKIE": cookie, "BENCH_METHOD": "POST", "BENCH_BODY": quiz_body, "BENCH_CSRF": csrf},
                False,
                40,
            ),
        ]

        # Queries of an uncached rendering (the page cache off), and whether they grow with data.
        settings.PAGE_CACHE_SECONDS = 0
        from django.test import Client

        anonymous = Client()
        queries = {}
        for name, path, env, _cached, _budget in scenarios:
            if name == "quiz submission":
                queries[name] = count_queries(client, quiz.url, "post", {**quiz_data, "token": str(uuid.uuid4())})
            else:
                queries[name] = count_queries(client if env else anonymous, path)
        more_case_studies(listing, 20, start=10)
        queries_at_3n = count_queries(anonymous, filtered)
        from training.models import QuizAttempt

        attempts_before = QuizAttempt.objects.filter(user=trainee).count()
        connection.close()

        server = Gunicorn(url, workers=2, extra_env={"AGORA_BENCH_FLOOR": "1", "SECRET_KEY": SECRET_KEY})
        base = server.base
        print(f"\nwrk: {args.connections} connections, {args.seconds} s per page (after a warm-up of the same length)")
        uptime = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()  # noqa: S607
        print(f"uptime before: {uptime}")
        # The floor is measured first and last: a shared machine drifts over the minutes of a
        # run, and the ratios use the mean of both.
        floor_first = run_wrk(base + "/bench-floor", args.seconds, args.connections, {})
        results = {}
        for name, path, env, _cached, _budget in scenarios:
            results[name] = run_wrk(base + path, args.seconds, args.connections, env)
        floor_last = run_wrk(base + "/bench-floor", args.seconds, args.connections, {})
        floor = {key: (floor_first[key] + floor_last[key]) / 2 for key in ("rps", "p50", "p95", "p99")}
        rss = worker_rss_mb(server)
        # Every submission must have been a real, stored attempt (a 200 with form errors would not be).
        stored = QuizAttempt.objects.filter(user=trainee).count() - attempts_before
        uptime_after = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()  # noqa: S607

        header = f"{'page':<24}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'× floor':>9}  {'budget':<12}"
        header += f"{'p99<250':<8}{'queries':>8}  {'≤20':<5}errors"
        print("\n" + header)
        failed = False
        for name, row in (("floor, first", floor_first), ("floor, last", floor_last), ("floor (mean)", floor)):
            print(f"{name:<24}{row['rps']:>8.0f}{row['p50']:>8.1f}{row['p95']:>8.1f}{row['p99']:>8.1f}")
        for name, _path, _env, _cached, budget in scenarios:
            row = results[name]
            ratio = floor["rps"] / row["rps"]
            ratio_ok = ratio <= budget
            p99_ok = row["p99"] < BUDGET_P99_MS
            query_ok = queries[name] <= BUDGET_QUERIES
            failed |= not (ratio_ok and p99_ok and query_ok) or row["errors"] > 0
            verdict = f"≤{budget}× {'PASS' if ratio_ok else 'FAIL'}"
            print(
                f"{name:<24}{row['rps']:>8.0f}{row['p50']:>8.1f}{row['p95']:>8.1f}{row['p99']:>8.1f}{ratio:>9.1f}  "
                f"{verdict:<12}{'PASS' if p99_ok else 'FAIL':<8}{queries[name]:>8}  {'PASS' if query_ok else 'FAIL':<5}"
                f"{row['errors']}"
            )
        # Not more at three times the case studies (one fewer is the warm term-name cache).
        growth_ok = queries_at_3n <= queries["case studies, filtered"]
        failed |= not growth_ok
        print(
            f"\nqueries of the filtered case-study listing at 10 and 30 case studies: "
            f"{queries['case studies, filtered']} and {queries_at_3n} ({'PASS' if growth_ok else 'FAIL'}: no growth)"
        )
        rss_ok = bool(rss) and max(rss) < BUDGET_RSS_MB
        failed |= not rss_ok
        print(
            f"resident memory per worker: {', '.join(f'{value:.0f} MB' for value in rss)} "
            f"(< {BUDGET_RSS_MB} MB: {'PASS' if rss_ok else 'FAIL'})"
        )
        submitted = results["quiz submission"]["requests"]
        # wrk counts completed requests; up to one per connection may still be in flight when it stops.
        print(f"quiz attempts stored: {stored}; submissions completed, warm-up included: {submitted}")
        print(f"uptime after: {uptime_after}")
        if args.smoke:
            errors = sum(row["errors"] for row in results.values())
            print(f"smoke: budgets not enforced; error responses: {errors}")
            return 1 if errors or not stored else 0
        return 1 if failed else 0
    finally:
        if server is not None:
            server.stop()
        from django.db import connections

        connections.close_all()
        stop_cluster(state)


if __name__ == "__main__":
    sys.exit(main())
