"""A trainee's whole journey in Chromium: sign up, confirm, learn, fail, pass, switch language.

Every page the trainee meets on the way (lesson, quiz, result, dashboard) gets an axe scan.
"""

import re

from django.core import mail

import pytest

from tests.quality import axe_violations, format_violations
from training.models import LessonCompletion, QuizAttempt

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"


def answer_quiz(page, quiz, right):
    """Fill in the factory quiz in the browser, rightly or wrongly, and submit it."""
    fill_quiz(page, quiz, right)
    page.get_by_role("button", name=re.compile("Submit|Envoyer")).click()


def fill_quiz(page, quiz, right):
    """Answer every question of the factory quiz, rightly or wrongly, without submitting."""
    for child in quiz.questions:
        kind = child.block.kind
        if kind in ("single", "multiple"):
            for answer in child.value["choices"].bound_blocks:
                if bool(answer.value["correct"]) == right:
                    page.check(f"#c-{answer.id}")
                    if kind == "single":
                        break
        elif kind == "true_false":
            wanted = bool(child.value["answer"]) == right
            page.check(f"#t-{child.id}" if wanted else f"#f-{child.id}")
        elif kind == "ordering":
            items = list(child.value["items"].bound_blocks)
            order = items if right else list(reversed(items))
            for position, item in enumerate(order, start=1):
                page.select_option(f"#o-{item.id}", str(position))


def test_sign_up_learn_fail_pass_switch_language_and_see_the_dashboard(course, live_server, browser_page):
    page = browser_page
    base = live_server.url

    # Sign up, in English.
    page.goto(f"{base}/en/accounts/signup/")
    page.fill("input[name=email]", "ana@example.org")
    page.fill("input[name=name]", "Ana Ozola")
    page.select_option("select[name=staff_profile]", "security_coordinator")
    page.fill("input[name=password1]", "a-long-Passphrase-42")
    page.fill("input[name=password2]", "a-long-Passphrase-42")
    page.get_by_role("button", name=re.compile("Sign up", re.I)).click()
    page.wait_for_load_state()

    # Confirm the email address with the link from the email.
    assert mail.outbox, "no confirmation email was sent"
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(base + link[link.index("/", 8) :])
    page.get_by_role("button", name=re.compile("Confirm", re.I)).click()
    page.wait_for_load_state()
    if "/accounts/login/" in page.url:
        page.fill("input[name=login]", "ana@example.org")
        page.fill("input[name=password]", "a-long-Passphrase-42")
        page.get_by_role("button", name=re.compile("Sign in|Log in", re.I)).click()
        page.wait_for_load_state()

    # Read a lesson and mark it done.
    lesson = course.lessons[0]
    page.goto(base + lesson.url)
    assert page.locator("h1").inner_text() == lesson.title
    assert_accessible(page)
    page.get_by_role("button", name="Mark as done and continue").click()
    page.wait_for_url(base + course.lessons[1].url)

    # Fail the quiz, then retake it and pass.
    page.goto(base + course.quiz.url)
    assert_accessible(page)
    answer_quiz(page, course.quiz, right=False)
    page.wait_for_url(re.compile(r".*/result/[0-9a-f-]+/$"))
    assert "You need 60% to pass." in page.content()
    assert_accessible(page)
    page.get_by_role("link", name="Try again").click()
    answer_quiz(page, course.quiz, right=True)
    page.wait_for_url(re.compile(r".*/result/[0-9a-f-]+/$"))
    assert "You passed this quiz." in page.content()

    # Switch to French with the language switcher: the progress is still there.
    page.locator("details.language-switcher summary").click()
    page.get_by_role("link", name="Français").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Vous avez réussi ce quiz." in page.content()
    french_lesson = course.translations["fr"].lessons[0]
    page.goto(base + french_lesson.url)
    done_items = page.locator(".course-outline__item.is-done")
    assert done_items.count() == 2  # the lesson and the quiz

    # The dashboard, in French, shows the course and the quiz history.
    page.goto(f"{base}/fr/my-learning/")
    assert_accessible(page)
    content = page.content()
    assert course.translations["fr"].course.title in content
    assert content.count("<tr>") == 3  # header and two attempts

    user_attempts = QuizAttempt.objects.filter(user__email="ana@example.org")
    assert [attempt.passed for attempt in user_attempts.order_by("submitted_at")] == [False, True]
    assert LessonCompletion.objects.filter(user__email="ana@example.org").count() == 1
