"""The resource library: filters and counts, query counts, the resource page, and safe downloads."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from resources.tests.factories import MINIMAL_PDF, build_resources, make_document, more_resources

INDEX = "/en/resources/"


@pytest.fixture
def library(site_tree):
    return build_resources(site_tree.home)


def listed(response):
    return {page.slug for page in response.context["listing"].page_obj}


def counts(response, param):
    facet = next(facet for facet in response.context["listing"].facets if facet.param == param)
    return {option.value: option.count for option in facet.options}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=report", {"video-analytics-report"}),
        ("type=report&type=toolkit", {"video-analytics-report", "barrier-toolkit"}),
        ("domain=cpted", {"cpted-guide", "barrier-toolkit"}),
        ("technology=video-analytics", {"video-analytics-report", "ethics-webinar"}),
        ("country=fr", {"video-analytics-report"}),
        ("year=2021", {"video-analytics-report", "barrier-toolkit"}),
        ("year=2021&domain=cpted", {"barrier-toolkit"}),
        ("technology=video-analytics&type=webinar-recording&year=2020", {"ethics-webinar"}),
        ("domain=ethical-use-of-security-technologies&country=be", set()),
    ],
)
def test_filters_and_their_combinations(client, library, query, expected):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 200
    assert listed(response) == expected


def test_counts(client, library):
    response = client.get(f"{INDEX}?year=2021")
    assert counts(response, "type") == {"report": 1, "toolkit": 1}
    assert counts(response, "year") == {"2021": 2, "2020": 1, "2019": 1}
    assert counts(response, "technology") == {"video-analytics": 1, "hostile-vehicle-mitigation": 1}
    # Type labels are the visitor's language.
    assert "Webinar recording" in client.get(INDEX).content.decode()


@pytest.mark.parametrize(
    "query",
    ["type=<svg/onload=alert(1)>", "type=report%27--", "year=20x1", "page=1e3", "sort=year", "domain=" + "x" * 81],
)
def test_malformed_parameters_get_400(client, library, query):
    assert client.get(f"{INDEX}?{query}").status_code == 400


def test_unknown_type_is_a_notice(client, library):
    response = client.get(f"{INDEX}?type=podcast")
    assert response.status_code == 200
    assert len(listed(response)) == 4
    assert "matches nothing we know" in response.content.decode()


def test_query_count_does_not_grow_with_the_number_of_resources(client, library):
    more_resources(library.index, 5)
    url = f"{INDEX}?type=report&type=guide&type=toolkit&year=2021&year=2015"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    more_resources(library.index, 10, start=5)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many), [query["sql"] for query in many.captured_queries]
    assert len(many) <= 20


def test_resource_page_shows_format_size_languages_and_download(client, library):
    html = client.get(library.report.url).content.decode()
    assert "Video analytics on squares: a report" in html
    assert f"(PDF, {len(MINIMAL_PDF)}\xa0bytes)" in html
    assert "English, Français" in html
    assert f'href="{library.report.document.url}" download' in html


def test_french_resource_page_offers_the_same_download(client, library):
    french = library.translations["fr"].report
    response = client.get(french.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "L&#x27;analyse vidéo sur les places : un rapport" in html
    download = client.get(library.report.document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == MINIMAL_PDF


def test_pdf_is_served_as_an_attachment_with_its_type(client, library):
    response = client.get(library.report.document.url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.mark.parametrize(
    ("filename", "content", "content_type"),
    [
        ("evil.html", b"<script>alert(document.cookie)</script>", "text/html"),
        ("evil.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/svg+xml"),
    ],
)
def test_an_uploaded_html_or_svg_file_cannot_run_script_on_our_origin(client, db, filename, content, content_type):
    document = make_document("Hostile", filename, content)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    # A download, never rendered; and if a browser rendered it anyway, no script and a sandbox.
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_html_and_svg_cannot_be_uploaded(db):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document

    form_class = get_document_form(Document)
    for name in ("page.html", "image.svg", "script.js"):
        form = form_class(data={"title": "x"}, files={"file": SimpleUploadedFile(name, b"<html></html>")}, user=None)
        assert not form.is_valid()
        assert "file" in form.errors
    # A PDF is accepted.
    form = form_class(data={"title": "x"}, files={"file": SimpleUploadedFile("ok.pdf", MINIMAL_PDF)}, user=None)
    assert form.is_valid(), form.errors
    assert ValidationError  # imported for clarity of the failure type in the form above


def test_citation_formats(rf, library):
    with translation.override("en"):
        citation = library.report.citation()
    url = "http://localhost/en/resources/video-analytics-report/"
    assert citation.plain_text() == f"Agora & Partners (2021). Video analytics on squares: a report [Report]. {url}"
    assert citation.bibtex() == (
        "@techreport{agora_partners_2021_video_analytics_report,\n"
        "  title = {Video analytics on squares: a report},\n"
        "  author = {{Agora \\& Partners}},\n"
        "  year = {2021},\n"
        "  howpublished = {Report},\n"
        "  language = {en, fr},\n"
        f"  url = {{{url}}}\n"
        "}"
    )
    assert citation.ris() == (
        "TY  - RPRT\n"
        "TI  - Video analytics on squares: a report\n"
        "AU  - Agora & Partners\n"
        "PY  - 2021\n"
        "LA  - en, fr\n"
        "PB  - Agora & Partners\n"
        f"UR  - {url}\n"
        "ER  - "
    )
