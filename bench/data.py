"""The benchmarks' large, realistic page tree: restored from the cached dump, or generated in bulk.

``generate(pages_per_locale)`` builds, in every locale of AGORA_LANGUAGES, a home page, a
training index with courses (each with a training domain) and standard pages with varied
bodies (content from bench/generators.py, rows written by bench/loaders.py). The load
benchmark reuses it. Nothing here is for production.
"""

import random
import time
from pathlib import Path

from django.db import transaction

from bench.cluster import pg_tool
from bench.generators import course_specs, standard_page_specs
from bench.loaders import bulk_children, ensure_domains, ensure_sites, index_pages, schema_key

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def generate(pages_per_locale=2500, courses_per_locale=100, seed=20260101, log=print):
    """Add ``pages_per_locale`` live pages to every locale (``courses_per_locale`` of them courses)."""
    from wagtail.models import Page

    from home.models import StandardPage
    from portal.languages import language_codes
    from training.models import CoursePage

    courses_per_locale = min(courses_per_locale, pages_per_locale // 10)
    rng = random.Random(seed)  # noqa: S311 - reproducible fake content, not secrets
    homes, indexes = ensure_sites()
    domains = ensure_domains()
    for code in language_codes():
        home, training = homes[code], indexes[code]
        with transaction.atomic():
            standard_specs = standard_page_specs(rng, code, pages_per_locale - courses_per_locale)
            standard_ids = bulk_children(home, StandardPage, standard_specs, home.numchild + 1)
            courses = course_specs(rng, code, courses_per_locale, domains[code])
            course_ids = bulk_children(training, CoursePage, courses, training.numchild + 1)
            Page.objects.filter(pk=home.pk).update(numchild=home.numchild + len(standard_ids))
            Page.objects.filter(pk=training.pk).update(numchild=training.numchild + len(course_ids))
            index_pages(StandardPage, standard_ids)
            index_pages(CoursePage, course_ids)
        log(f"  {code}: {len(standard_ids)} standard pages, {len(course_ids)} courses")


def dump_path(pages_per_locale):
    """The cached dump of this size under the current schema and generator (bench/results/, git-ignored)."""
    return RESULTS / f"search-{pages_per_locale}-{schema_key()}.dump"


def restore_or_generate(url, pages_per_locale, cache=True):
    """Restore the cached dump for this schema and size, or migrate, generate and (``cache``) dump."""
    from django.core.management import call_command

    dump = dump_path(pages_per_locale)
    if cache and dump.exists():
        print(f"Restoring {dump.relative_to(ROOT)}")
        pg_tool("pg_restore", url, "--no-owner", "--exit-on-error", str(dump))
        return
    print("Migrating and generating pages in bulk" + (" (cached as a dump afterwards)" if cache else ""))
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate(pages_per_locale=pages_per_locale)
    print(f"Generated in {time.perf_counter() - started:.0f} s")
    if cache:
        RESULTS.mkdir(parents=True, exist_ok=True)
        pg_tool("pg_dump", url, "--format=custom", "--file", str(dump))
