"""Front-end quality checks for browser tests: axe-core, the Nu HTML Checker, Lighthouse.

Plain functions with no Django import, usable from any pytest test::

    from tests.quality import launch_chromium, axe_violations, format_violations

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page()   # our CSP does not block the injected axe
        page.goto(url)
        violations = axe_violations(page)
        assert not violations, format_violations(violations)

    errors = vnu_errors(html)                      # one document
    errors = vnu_errors_many({"home": h1, "search": h2})   # one JVM start for all
    scores = lighthouse_scores(url)                # {"performance": 1.0, ...}
    report = lighthouse_report(url)                # scores + failing audits

The tools come from node_modules (package.json: axe-core, lighthouse, vnu-jar),
Chromium from CHROMIUM_PATH (default /usr/bin/chromium), Java from PATH.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = REPO_ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE_BIN = NODE_MODULES / ".bin" / "lighthouse"

# Without the background-networking flags Chromium keeps trying to reach
# Google's hosts, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
# The scan of every page type adds axe's best practices (landmark-unique among them: the
# search page's two search forms once had the same accessible name).
SCAN_TAGS = (*WCAG_TAGS, "best-practice")
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def launch_chromium(playwright, **kwargs):
    """Launch Debian's Chromium (never a Playwright-downloaded browser)."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, **kwargs)


# --------------------------------------------------------------------------- axe

_AXE_RUN = """
async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
            target: n.target,
            html: n.html,
            failureSummary: n.failureSummary,
        })),
    }));
}
"""


def _axe_source() -> str:
    global _AXE_SOURCE
    if _AXE_SOURCE is None:
        if not AXE_JS.exists():
            raise FileNotFoundError(f"{AXE_JS} missing: run `npm ci`")
        # "void 0" keeps Playwright from treating the script's value as a function to call.
        _AXE_SOURCE = AXE_JS.read_text(encoding="utf-8") + "\n;void 0"
    return _AXE_SOURCE


_AXE_SOURCE: str | None = None


def axe_violations(page, tags=WCAG_TAGS) -> list[dict]:
    """Run axe-core on the page's current document, limited to ``tags``.

    Returns the violations as dicts with ``id``, ``impact``, ``help``, ``helpUrl``
    and ``nodes`` (each with ``target``, ``html``, ``failureSummary``); an empty
    list means the page passed.

    axe is injected with ``page.evaluate`` (DevTools evaluation), which a page's
    Content-Security-Policy does not block, so the context needs no special
    options; creating it with ``bypass_csp=True`` does no harm either. The
    script must be injected again after each navigation, which this does.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source())
        if not page.evaluate("() => typeof window.axe === 'object'"):
            raise RuntimeError("axe-core could not be injected; try a browser context created with bypass_csp=True")
    return page.evaluate(_AXE_RUN, list(tags))


def format_violations(violations: list[dict]) -> str:
    """A readable multi-line summary for assertion messages."""
    if not violations:
        return "no accessibility violations"
    lines = [f"{len(violations)} accessibility violation(s):"]
    for v in violations:
        lines.append(f"- [{v.get('impact')}] {v['id']}: {v['help']} ({v.get('helpUrl', '')})")
        for node in v.get("nodes", []):
            target = " ".join(t if isinstance(t, str) else " >> ".join(t) for t in node.get("target", []))
            lines.append(f"    at {target}: {node.get('html', '')[:200]}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- vnu


def _vnu_message(m: dict) -> str:
    line = m.get("lastLine", m.get("firstLine"))
    col = m.get("lastColumn", m.get("firstColumn"))
    where = f"line {line}" + (f", col {col}" if col is not None else "") if line else "?"
    extract = (m.get("extract") or "").strip().replace("\n", " ")
    text = f"{where}: {m.get('message', '').strip()}"
    return f"{text} [{extract[:120]}]" if extract else text


def vnu_errors_many(documents: dict[str, str], timeout: float = 120) -> dict[str, list[str]]:
    """Validate several HTML documents with one JVM start.

    ``documents`` maps a name (any string) to HTML text; the result maps each
    name to its error messages (``"line L, col C: message [extract]"``), an
    empty list for a valid document.
    """
    if not VNU_JAR.exists():
        raise FileNotFoundError(f"{VNU_JAR} missing: run `npm ci`")
    if not documents:
        return {}
    with tempfile.TemporaryDirectory(prefix="vnu-") as tmp:
        by_file: dict[str, str] = {}  # "docN.html" -> name
        for i, (name, html) in enumerate(documents.items()):
            (Path(tmp) / f"doc{i}.html").write_text(html, encoding="utf-8")
            by_file[f"doc{i}.html"] = name
        cmd = [
            "java",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss4m",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--no-langdetect",
            "--exit-zero-always",
            "--stdout",
            *(str(Path(tmp) / f"doc{i}.html") for i in range(len(documents))),
        ]
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout)
        try:
            messages = json.loads(proc.stdout)["messages"]
        except (ValueError, KeyError) as exc:
            raise RuntimeError(
                f"vnu failed (exit {proc.returncode}): {proc.stderr.strip() or proc.stdout[:2000]}"
            ) from exc

    result: dict[str, list[str]] = {name: [] for name in documents}
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        url = m.get("url", "")
        name = by_file.get(url.rsplit("/", 1)[-1])
        if name is None:  # message about no particular document
            for errors in result.values():
                errors.append(_vnu_message(m))
        else:
            result[name].append(_vnu_message(m))
    return result


def vnu_errors(html: str, timeout: float = 120) -> list[str]:
    """Nu HTML Checker errors for one document (empty list when valid)."""
    return vnu_errors_many({"document": html}, timeout=timeout)["document"]


# -------------------------------------------------------------------- lighthouse


@dataclass
class LighthouseReport:
    scores: dict[str, float | None]
    # Audits that count towards a category score (weight > 0) and did not get
    # full marks: dicts with category, id, title, score, weight, displayValue.
    failing_audits: list[dict] = field(default_factory=list)
    raw: dict = field(default_factory=dict, repr=False)

    def format_failures(self) -> str:
        if not self.failing_audits:
            return "no failing audits"
        return "\n".join(
            f"- {a['category']}: {a['id']} ({a['score']}, weight {a['weight']}): "
            f"{a['title']}" + (f" — {a['displayValue']}" if a.get("displayValue") else "")
            for a in self.failing_audits
        )


# Trace-recording hiccups of a loaded machine; Lighthouse's own message asks for a re-run.
TRANSIENT_LIGHTHOUSE_ERRORS = {"NO_NAVSTART", "NO_FCP", "NO_LCP", "NO_TRACING_STARTED", "PROTOCOL_TIMEOUT"}


def lighthouse_report(
    url: str,
    categories=LIGHTHOUSE_CATEGORIES,
    preset: str | None = "desktop",
    timeout: float = 180,
    retries: int = 2,
    extra_headers: dict[str, str] | None = None,
) -> LighthouseReport:
    """Run Lighthouse on ``url`` in headless Debian Chromium.

    ``extra_headers`` go with every request, e.g. ``{"Cookie": "sessionid=…"}`` for a signed-in page.
    """
    if not LIGHTHOUSE_BIN.exists():
        raise FileNotFoundError(f"{LIGHTHOUSE_BIN} missing: run `npm ci`")
    chrome_flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    cmd = [
        str(LIGHTHOUSE_BIN),
        url,
        "--output=json",
        "--quiet",
        f"--chrome-flags={chrome_flags}",
        f"--only-categories={','.join(categories)}",
        "--disable-full-page-screenshot",  # ~1 s saved; not needed for scores
    ]
    if preset:
        cmd.append(f"--preset={preset}")
    if extra_headers:
        cmd.append(f"--extra-headers={json.dumps(extra_headers)}")
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    # A file, not stdout: node can exit before a large report is flushed to a pipe.
    with tempfile.TemporaryDirectory() as workdir:
        report_path = Path(workdir) / "report.json"
        cmd.append(f"--output-path={report_path}")
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout, env=env)
        report_text = report_path.read_text() if report_path.exists() else ""
    try:
        lhr = json.loads(report_text)
    except ValueError as exc:
        raise RuntimeError(
            f"lighthouse failed (exit {proc.returncode}): {shlex.join(cmd)}\n{proc.stderr.strip()[-3000:]}"
        ) from exc
    if lhr.get("runtimeError"):
        if lhr["runtimeError"].get("code") in TRANSIENT_LIGHTHOUSE_ERRORS and retries > 0:
            # Lighthouse itself says "please run Lighthouse again" for these.
            return lighthouse_report(
                url,
                categories=categories,
                preset=preset,
                timeout=timeout,
                retries=retries - 1,
                extra_headers=extra_headers,
            )
        raise RuntimeError(f"lighthouse runtime error: {lhr['runtimeError']}")

    audits = lhr.get("audits", {})
    scores: dict[str, float | None] = {}
    failing: list[dict] = []
    for cat_id, cat in lhr.get("categories", {}).items():
        scores[cat_id] = cat.get("score")
        for ref in cat.get("auditRefs", []):
            audit = audits.get(ref["id"], {})
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 1:
                failing.append(
                    {
                        "category": cat_id,
                        "id": ref["id"],
                        "title": audit.get("title", ""),
                        "score": score,
                        "weight": ref["weight"],
                        "displayValue": audit.get("displayValue", ""),
                    }
                )
    return LighthouseReport(scores=scores, failing_audits=failing, raw=lhr)


def lighthouse_scores(url: str, **kwargs) -> dict[str, float | None]:
    """``{category: score}`` (0..1) for performance, accessibility, best-practices, seo."""
    return lighthouse_report(url, **kwargs).scores


def record_refused_requests(page, failures):
    """Collect requests the browser could not complete, except those it cancelled itself.

    ``net::ERR_ABORTED`` is a request the page dropped because it navigated on (the admin's favicon,
    still loading when a test clicks on): nothing was refused. A request blocked by the
    Content-Security-Policy, or that failed on the network, is kept.
    """

    def failed(request):
        if request.failure != "net::ERR_ABORTED":
            failures.append(f"{request.url}: {request.failure}")

    page.on("requestfailed", failed)
