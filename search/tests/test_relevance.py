"""The relevance set (search/tests/relevance.py) against the demo content, on PostgreSQL."""

from django.core.management import call_command
from django.db import connection
from django.utils import translation

import pytest

from search import service
from search.tests.relevance import CASES, FIRST


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the relevance set measures the PostgreSQL analysis")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_relevance_set(settings):
    from home.tests.factories import tree_root

    tree_root()
    call_command("load_demo_content", verbosity=0)
    call_command("reindex_search", stdout=open("/dev/null", "w"))  # noqa: SIM115 - discard the progress bar
    failures = []
    for code, cases in CASES.items():
        with translation.override(code):
            for case in cases:
                outcome = service.search(service.SearchParams(query=case["query"], language_code=code), per_page=3)
                top = [hit.page.title for hit in outcome.results] if outcome.results else []
                missing = [title for title in case["top3"] if title not in top]
                if missing:
                    failures.append(f"[{code}] {case['query']!r} ({case['why']}): top 3 {top}, missing {missing}")
    for code, cases in FIRST.items():
        with translation.override(code):
            for query, title, why in cases:
                outcome = service.search(service.SearchParams(query=query, language_code=code), per_page=3)
                top = [hit.page.title for hit in outcome.results] if outcome.results else []
                if not top or top[0] != title:
                    failures.append(f"[{code}] {query!r} ({why}): first {top[:1]}, expected {title!r}")
    assert not failures, "\n".join(failures)
