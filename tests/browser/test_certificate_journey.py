"""A Greek trainee's certificate in Chromium: complete a course, download the PDF, scan its QR code,
see "valid" in Greek, then "revoked" once staff revoke it. Self-evaluation before and after on the way.

Every page met (self-evaluation form, dashboard, certificate, verification) gets an axe scan.
"""

import re
from pathlib import Path

from django.utils import translation

import pytest

from accounts.tests.factories import PASSWORD, make_trainee
from tests.browser.test_trainee_journey import assert_accessible, fill_quiz
from training.models import Certificate
from training.tests.certificate_helpers import decode_qr_codes, pdf_text
from training.tests.factories import COMPETENCES, build_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Ελένη Παπαδάκη"


def greek(text):
    with translation.override("el"):
        return translation.gettext(text)


def rate_all(page, value):
    for radio_group in page.locator("fieldset.question").all():
        radio_group.locator(f"input[value='{value}']").check()
    page.locator("form.self-evaluation button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/el/my-learning/.*"))


def test_greek_trainee_downloads_a_certificate_whose_qr_code_verifies_it(live_server, browser_page, tmp_path):
    page = browser_page
    base = live_server.url
    built = build_course(translate_into=("el",), competences=COMPETENCES)
    greek_course = built.translations["el"]
    make_trainee(email="eleni@example.org", name=NAME, preferred_language="el")

    page.goto(f"{base}/el/accounts/login/")
    page.fill("input[name=login]", "eleni@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(re.compile(r".*/el/(?!accounts/login/).*"))

    # Before starting: rate the competences, from the course page's link.
    page.goto(base + greek_course.course.url)
    page.get_by_role("link", name=greek("Rate your competences before you start")).click()
    assert page.locator("html").get_attribute("lang") == "el"
    assert_accessible(page)
    rate_all(page, 2)

    # Work through the Greek course: every lesson, then the quiz.
    for lesson in greek_course.lessons:
        page.goto(base + lesson.url)
        with page.expect_navigation():
            page.locator("form.lesson__complete button[type=submit]").click()
    page.goto(base + greek_course.quiz.url)
    fill_quiz(page, greek_course.quiz, right=True)
    page.locator("form.quiz__form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/result/[0-9a-f-]+/$"))
    certificate = Certificate.objects.get(user__email="eleni@example.org")
    assert certificate.language == "el"

    # After: rate again; the dashboard shows before and after, and the certificate.
    page.goto(base + greek_course.course.url)
    page.get_by_role("link", name=greek("Rate your competences now that you have completed the course")).click()
    rate_all(page, 4)
    assert page.locator(".competence-chart svg[role=img]").count() == 1
    assert_accessible(page)
    page.locator(".certificate-list a").first.click()
    page.wait_for_load_state()
    assert NAME in page.content()
    assert_accessible(page)

    # Download the Greek PDF and read its QR code.
    with page.expect_download() as download_info:
        page.locator(".certificate-downloads a[hreflang=el]").click()
    pdf_path = Path(tmp_path) / "certificate.pdf"
    download_info.value.save_as(pdf_path)
    pdf = pdf_path.read_bytes()
    text = pdf_text(pdf)
    assert NAME in text and greek("Certificate of completion") in text and greek_course.course.title in text
    [url] = decode_qr_codes(pdf)
    assert url == f"{base}/el/certificates/verify/{certificate.formatted_code}/"

    # The QR code's address says "valid", in Greek.
    page.goto(url)
    assert page.locator("[data-status]").get_attribute("data-status") == "valid"
    assert greek("This certificate is valid.") in page.content()
    assert greek("This certificate is valid.") != "This certificate is valid."
    assert_accessible(page)

    # Staff revoke it; the same address says "revoked" at once.
    from training.services.issuing import revoke_certificate

    revoke_certificate(Certificate.objects.get(pk=certificate.pk), by=None, reason="Test of revocation")
    page.reload()
    assert page.locator("[data-status]").get_attribute("data-status") == "revoked"
    assert (
        greek("This certificate was revoked on %(date)s. It is no longer valid.").split("%(date)s")[0] in page.content()
    )
