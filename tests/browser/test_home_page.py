"""The home page in three languages, in a real browser: axe, a screenshot, and its weight."""

import pytest

from tests.quality import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HOME_PAGE_BUDGET_BYTES = 150 * 1024


@pytest.mark.parametrize(
    ("code", "heading"),
    [("en", "Open, safe public spaces"), ("fr", "Open, safe public spaces"), ("el", "Open, safe public spaces")],
)
def test_home_page_in_three_languages(site_tree, live_server, browser_page, artifacts_dir, code, heading):
    transferred = []

    def record(request):
        if request.resource_type == "image":
            return
        sizes = request.sizes()
        transferred.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    browser_page.on("requestfinished", record)
    response = browser_page.goto(f"{live_server.url}/{code}/", wait_until="networkidle")
    assert response.status == 200
    assert browser_page.locator("html").get_attribute("lang") == code
    assert browser_page.locator("h1").first.inner_text().startswith(heading)

    violations = axe_violations(browser_page)
    assert not violations, format_violations(violations)
    browser_page.screenshot(path=str(artifacts_dir / f"home-{code}.png"), full_page=True)

    total = sum(size for _url, size in transferred)
    assert total < HOME_PAGE_BUDGET_BYTES, f"{total} bytes: {sorted(transferred, key=lambda item: -item[1])}"
    # Nothing came from another origin.
    assert all(url.startswith(live_server.url) for url, _size in transferred), transferred
    assert not browser_page.console_errors


def test_language_switcher_works_with_keyboard_and_leads_to_the_translation(site_tree, live_server, browser_page):
    browser_page.goto(f"{live_server.url}/en/about/")
    switcher = browser_page.locator("details.language-switcher summary")
    switcher.focus()
    browser_page.keyboard.press("Enter")
    browser_page.get_by_role("link", name="Français").click()
    browser_page.wait_for_url(f"{live_server.url}/fr/a-propos/")
    assert browser_page.locator("h1").inner_text() == "À propos d'Agora"
    assert browser_page.locator("html").get_attribute("lang") == "fr"


def test_skip_link_moves_focus_to_main_content(site_tree, live_server, browser_page):
    browser_page.goto(f"{live_server.url}/en/")
    browser_page.keyboard.press("Tab")
    skip = browser_page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_layout_fits_a_phone(site_tree, live_server, chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/lv/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0
