"""The quality helpers in tests/quality.py work, and can fail. No Django needed."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.quality import (
    LIGHTHOUSE_CATEGORIES,
    axe_violations,
    format_violations,
    lighthouse_report,
    lighthouse_scores,
    vnu_errors,
    vnu_errors_many,
)

HEAD = (
    '<meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<meta name="description" content="A tiny page for checking the quality tools.">'
    "<title>Tiny page</title>"
)
VALID_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>{HEAD}</head>
<body><main><h1>Tiny page</h1><p>Hello, <a href="/">world</a>.</p></main></body>
</html>
"""
# One pixel GIF; no alt text.
IMG_NO_ALT_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>{HEAD}</head>
<body><main><h1>Tiny page</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
</main></body>
</html>
"""
# No lang, no title, no description, unclosed element, stray end tag.
INVALID_HTML = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"></head>
<body><div><p>Hello</span>
</body>
</html>
"""


# ------------------------------------------------------------------------- axe


@pytest.fixture
def page(chromium):
    context = chromium.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def test_axe_finds_image_without_alt(page):
    page.set_content(IMG_NO_ALT_HTML)
    violations = axe_violations(page)
    assert [v["id"] for v in violations] == ["image-alt"], format_violations(violations)
    assert violations[0]["impact"] == "critical"
    assert violations[0]["nodes"][0]["target"] == ["img"]
    message = format_violations(violations)
    assert "image-alt" in message and "<img" in message


def test_axe_passes_clean_page(page):
    page.set_content(VALID_HTML)
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)
    assert format_violations(violations) == "no accessibility violations"


# ------------------------------------------------------------------------- vnu


def test_vnu_valid_and_invalid_in_one_run():
    errors = vnu_errors_many({"valid": VALID_HTML, "invalid": INVALID_HTML, "also": VALID_HTML})
    assert errors["valid"] == [] and errors["also"] == []
    joined = "\n".join(errors["invalid"])
    assert "title" in joined, joined  # head without <title>
    assert "Stray end tag" in joined, joined
    assert all(e.startswith("line ") for e in errors["invalid"]), joined


def test_vnu_single_document():
    assert vnu_errors(VALID_HTML) == []
    assert vnu_errors(INVALID_HTML)


# ------------------------------------------------------------------ lighthouse


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "index.html").write_text(VALID_HTML, encoding="utf-8")
    (root / "bad.html").write_text(INVALID_HTML, encoding="utf-8")
    (root / "favicon.ico").write_bytes(b"")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_lighthouse_scores_tiny_page(site):
    scores = lighthouse_scores(f"{site}/")
    assert set(scores) == set(LIGHTHOUSE_CATEGORIES)
    assert all(0 <= s <= 1 for s in scores.values()), scores
    assert scores["accessibility"] == 1, scores
    assert scores["seo"] == 1, scores
    assert scores["best-practices"] == 1, scores


def test_lighthouse_reports_failing_audits(site):
    report = lighthouse_report(f"{site}/bad.html", categories=("seo", "accessibility"))
    assert set(report.scores) == {"seo", "accessibility"}
    assert report.scores["seo"] < 1 and report.scores["accessibility"] < 1, report.scores
    failing = {a["id"] for a in report.failing_audits}
    assert {"meta-description", "document-title", "html-has-lang"} <= failing, report.format_failures()
