import pytest

from tests.quality import launch_chromium


@pytest.fixture(scope="session")
def chromium():
    """One Chromium for the whole run: Playwright's sync API allows one instance at a time."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()
