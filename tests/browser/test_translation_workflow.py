"""An editor translates an English lesson into French by machine and publishes it; a visitor reads it.

Runs through wagtail-localize's own screens ("Translate this page", the translation
editor) with Agora's deterministic test translator, which marks text "[fr] …", then the
translation status report; no admin page on the way logs a console error or has a request
refused (the admin's CSP once blocked Gravatar avatars on every one of them).
"""

import re

from wagtail.models import Locale

import pytest

from tests.quality import record_refused_requests
from training.models import LessonPage
from training.tests.factories import build_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_editor_machine_translates_a_lesson_and_a_visitor_reads_it_in_french(
    live_server, browser_page, django_user_model, chromium
):
    built = build_course(modules=1, lessons_per_module=1, translate_into=("fr",))
    lesson = LessonPage(
        title="Sightlines and lighting",
        slug="sightlines",
        body=[{"type": "paragraph", "value": "<p>Good lighting lets people see and be seen.</p>"}],
    )
    built.modules[0].add_child(instance=lesson)
    lesson.save_revision().publish()
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-Passphrase-42")
    page, base = browser_page, live_server.url
    failed_requests = []
    record_refused_requests(page, failed_requests)

    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "a-long-Passphrase-42")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # "Translate this page" into French only.
    page.goto(f"{base}/admin/localize/submit/page/{lesson.pk}/")
    page.get_by_label("Français").check()
    page.get_by_role("button", name=re.compile("Submit", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # In the translation editor: fill every segment with the test translator, then publish.
    page.get_by_role("button", name=re.compile("Translate with translation memory, then Test translator")).click()
    page.wait_for_load_state()
    page.get_by_text(re.compile("Successfully translated")).first.wait_for()
    page.get_by_role("button", name=re.compile("Publish in Français")).click()
    page.wait_for_load_state()

    french = LessonPage.objects.get(
        translation_key=lesson.translation_key, locale=Locale.objects.get(language_code="fr")
    )
    assert french.live and french.title == "[fr] Sightlines and lighting"

    # The status report, from the main menu: the lesson is up to date in French, in words and colour.
    page.goto(f"{base}/admin/translation-workflow/status/?section={built.course.pk}")
    cell = page.locator(f'tr:has(a:text-is("{lesson.title}")) td[data-locale="fr"]')
    assert cell.get_attribute("data-status") == "up_to_date"
    assert cell.evaluate("element => getComputedStyle(element).backgroundColor") not in ("rgba(0, 0, 0, 0)", "")
    # The inbox: the lesson is no longer waiting in French; other pages still are, in other languages.
    page.goto(f"{base}/admin/translation-workflow/inbox/?language=fr")
    assert page.locator(f'tr:has(th:text-is("{lesson.title}")) td[data-locale="fr"]').count() == 0
    assert page.locator('td[data-locale="fr"]').count() > 0
    assert page.console_errors == [] and failed_requests == [], (page.console_errors, failed_requests)

    visitor = chromium.new_context()
    try:
        reader = visitor.new_page()
        response = reader.goto(f"{base}{french.url}")
        assert response.status == 200
        assert reader.locator("h1").inner_text() == "[fr] Sightlines and lighting"
        assert reader.get_by_text("[fr] Good lighting lets people see and be seen.").is_visible()
        assert reader.locator("html").get_attribute("lang") == "fr"
    finally:
        visitor.close()
