"""What the real elasticsearch client sends for Agora's index, documents and queries."""

import json
import os
from pathlib import Path

from django.utils import translation

import pytest

from search.tests.factories import text_page
from search.tests.recording_server import RecordingServer

pytestmark = pytest.mark.django_db
CONTRACTS = Path(__file__).parent / "contracts"


def expected(name):
    return json.loads((CONTRACTS / name).read_text())


def make_backend(url, prefix="agora-contract_"):
    from search.backends.elasticsearch8 import AgoraElasticsearch8SearchBackend

    return AgoraElasticsearch8SearchBackend({"URLS": [url], "INDEX_PREFIX": prefix, "TIMEOUT": 5})


def requests_to(server, method, suffix):
    return [r for r in server.requests if r["method"] == method and r["path"].split("?")[0].endswith(suffix)]


def test_index_creation_declares_an_analyser_per_language():
    from home.models import StandardPage

    with RecordingServer() as server:
        backend = make_backend(server.url)
        index = backend.get_index_for_model(StandardPage)
        index.put()
        index.add_model(StandardPage)
    created = requests_to(server, "PUT", "/agora-contract_wagtailcore_page")
    assert len(created) == 1
    assert created[0]["body"]["settings"]["analysis"]["analyzer"] | {} == {
        **expected("index_analyzers.json"),
        "ngram_analyzer": created[0]["body"]["settings"]["analysis"]["analyzer"]["ngram_analyzer"],
        "edgengram_analyzer": created[0]["body"]["settings"]["analysis"]["analyzer"]["edgengram_analyzer"],
    }
    assert created[0]["body"]["settings"]["analysis"]["filter"]["lv_stemmer"] == {
        "type": "stemmer",
        "language": "latvian",
    }
    mapping = requests_to(server, "PUT", "/_mapping")[0]["body"]["properties"]
    language_fields = {
        name: value for name, value in mapping.items() if name.startswith("_all_text_") and "boost" not in name
    }
    language_fields["_language"] = mapping["_language"]
    assert language_fields == expected("mapping_language_fields.json")


def test_a_french_page_is_routed_to_the_french_field(site_tree):
    from home.models import StandardPage

    page = text_page(site_tree, "fr", "Caméras de surveillance", "Les caméras filment les places.")
    with RecordingServer() as server:
        backend = make_backend(server.url)
        backend.get_index_for_model(StandardPage).add_item(page)
    document = requests_to(server, "PUT", f"/_doc/{page.pk}") or requests_to(server, "POST", f"/_doc/{page.pk}")
    body = document[0]["body"]
    want = expected("document_fr.json")
    assert {key: body[key] for key in want} == want


def test_a_query_searches_the_active_languages_field():
    from wagtail.models import Page

    with RecordingServer() as server:
        backend = make_backend(server.url)
        with translation.override("fr"):
            list(backend.search("caméras de surveillance", Page)[:10])
    searches = requests_to(server, "POST", "/_search") + requests_to(server, "GET", "/_search")
    body = searches[0]["body"]
    assert {key: body[key] for key in ("query", "from", "size")} == expected("query_fr.json")


@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs a real Elasticsearch 8 at ELASTICSEARCH_URL")
def test_against_a_real_server(site_tree):
    from django.utils.crypto import get_random_string

    from home.models import StandardPage

    backend = make_backend(os.environ["ELASTICSEARCH_URL"], prefix=f"agora-test-{get_random_string(6).lower()}_")
    page = text_page(site_tree, "fr", "Caméras de surveillance", "Les caméras filment les places publiques.")
    index = backend.get_index_for_model(StandardPage)
    try:
        index.put()
        index.add_model(StandardPage)
        index.add_item(page)
        index.refresh()
        with translation.override("fr"):
            titles = [hit.title for hit in backend.search("caméra", StandardPage)]
        assert "Caméras de surveillance" in titles
    finally:
        index.delete()


def test_the_readers_syntax_becomes_phrase_and_must_not_clauses():
    from wagtail.models import Page

    from search.query import parse

    query = parse('"vidéoprotection urbaine" caméras OR drones -"reconnaissance faciale" -nuit')
    with RecordingServer() as server:
        backend = make_backend(server.url)
        with translation.override("fr"):
            list(backend.search(query.search_query(), Page)[:10])
    searches = requests_to(server, "POST", "/_search") + requests_to(server, "GET", "/_search")
    body = searches[0]["body"]
    assert {key: body[key] for key in ("query", "from", "size")} == expected("query_syntax_fr.json")
