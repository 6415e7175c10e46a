"""A French translator's day, in Chromium, in French, with review on for French.

An editor sends a new English page into all seven languages in one batch action from the status
report (memory, then machine). The French translator logs in, finds it in the inbox, sees the segment
the memory knew already filled and the rest filled by machine, a glossary flag on the machine's
"public space", and submits the translation for review; a German page is refused to them. A French
reviewer approves it from the dashboard; the page is published and French search finds it. No page
on the way logs a console error or has a request refused.
"""

import re

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

import polib
import pytest

from home.models import StandardPage
from home.tests.factories import build_site_tree, publish
from localization.models import MemoryUnit
from localization.review import reviewer_group_name
from localization.tests.factories import send_for_translation
from localization.translator_groups import group_name, sync_translator_groups
from tests.quality import record_refused_requests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "a-long-Passphrase-42"


def staff(django_user_model, username, groups=(), language="en", superuser=False):
    if superuser:
        user = django_user_model.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    else:
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.set(Group.objects.filter(name__in=groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def translated_and_published(page, code, texts, user):
    """A page translated through wagtail-localize and published: the memory learns its segments."""
    sent = send_for_translation(page, code, user)
    po = polib.POFile()
    for entry in sent.export_po():
        po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=texts.get(entry.msgid, entry.msgid)))
    sent.import_po(po, user=user)
    sent.save_target(user=user, publish=True)


@pytest.fixture
def reviewed_french(settings):
    settings.TRANSLATION_REVIEW_LANGUAGES = ["fr"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": True}}


def test_a_french_translators_day(live_server, chromium, django_user_model, reviewed_french):
    site = build_site_tree(translated_into=("fr",))
    sync_translator_groups()  # French is reviewed here: reviewers, workflow, no "Publish" for translators
    admin = staff(django_user_model, "editor", superuser=True)
    squares = StandardPage(title="Squares", slug="squares", introduction="Every public space needs care.", body=[])
    site.home.add_child(instance=squares)
    publish(squares)
    translated_and_published(
        squares,
        "fr",
        {
            "Squares": "Places",
            "squares": "places",
            "Every public space needs care.": "Chaque espace public demande du soin.",
        },
        admin,
    )
    assert MemoryUnit.objects.filter(
        target_locale__language_code="fr", source_text="Every public space needs care."
    ).exists()
    market = StandardPage(
        title="Night markets",
        slug="night-markets",
        introduction="Every public space needs care.",
        body=[{"type": "paragraph", "value": "<p>Night markets bring a public space to life.</p>"}],
    )
    site.home.add_child(instance=market)
    publish(market)
    staff(django_user_model, "translator.fr", [group_name("fr")], language="fr")
    staff(django_user_model, "reviewer.fr", [reviewer_group_name("fr")])
    base, failures = live_server.url, []

    def open_page(context):
        page = context.new_page()
        page.console_errors = []
        page.on(
            "console", lambda message: page.console_errors.append(message.text) if message.type == "error" else None
        )
        record_refused_requests(page, failures)
        return page

    # The editor: tick the new page and every language in the status report, send, watch it go.
    editor_context = chromium.new_context()
    editor = open_page(editor_context)
    log_in(editor, base, "editor")
    editor.goto(f"{base}/admin/translation-workflow/status/?section={site.home.pk}")
    editor.locator(f'input[name=page][value="{market.pk}"]').check()
    for box in editor.locator("input[name=locale]").all():
        box.check()
    editor.get_by_role("button", name="Send for translation").click()
    editor.wait_for_url(re.compile(r"/admin/translation-workflow/status/\?section="))
    assert editor.get_by_text("7 translations sent and filled by memory and machine.").is_visible()
    assert Translation.objects.filter(source__object_id=market.translation_key).count() == 7
    assert editor.console_errors == []
    editor_context.close()

    # The French translator, in French.
    context = chromium.new_context()
    page = open_page(context)
    log_in(page, base, "translator.fr")
    page.goto(f"{base}/admin/translation-workflow/inbox/")
    row = page.locator('tr:has(th:text-is("Night markets")) td[data-locale="fr"]')
    assert row.count() == 1
    row.locator("a").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    french_market = Page.objects.get(translation_key=market.translation_key, locale__language_code="fr")
    # Exact match from the other page's translation, marked as from memory; the machine filled the rest.
    page.get_by_text("Chaque espace public demande du soin.").first.wait_for()
    assert page.get_by_text(re.compile("De la mémoire de traduction le")).count() >= 1
    assert page.get_by_text("[fr] Night markets bring a public space to life.").count() >= 1
    # The editor's heading in French too (upstream writes "English to Français translation").
    assert page.get_by_text("Traduction : English → Français").count() >= 1
    assert page.get_by_text("English to Français translation").count() == 0
    # The machine wrote "public space" where the glossary says "espace public".
    assert page.locator("[data-glossary-flag]").count() == 1
    assert page.get_by_text("Selon le glossaire, « public space » se traduit par « espace public ».").is_visible()

    page.get_by_role("link", name="Soumettre à la relecture").click()
    page.get_by_role("button", name="Soumettre à la relecture").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{french_market.pk}/edit/"))
    french_market.refresh_from_db()
    assert not french_market.live and french_market.workflow_in_progress

    # Never a German page.
    german = Page.objects.get(translation_key=market.translation_key, locale__language_code="de")
    page.goto(f"{base}/admin/pages/{german.pk}/edit/")
    assert page.url == f"{base}/admin/"
    assert page.console_errors == []
    context.close()

    # The French reviewer approves from the dashboard.
    context = chromium.new_context()
    reviewer = open_page(context)
    log_in(reviewer, base, "reviewer.fr")
    row = reviewer.locator("tr", has_text="[fr] Night markets")
    row.get_by_role("button", name="Actions").click()  # the row's action menu
    row.get_by_role("button", name="Approve", exact=True).click()
    reviewer.wait_for_load_state("networkidle")
    french_market.refresh_from_db()
    assert french_market.live
    assert reviewer.console_errors == []
    context.close()

    # A visitor finds it with French search.
    visitor_context = chromium.new_context()
    visitor = open_page(visitor_context)
    with translation.override("fr"):
        search_url = reverse("search")
    visitor.goto(f"{base}{search_url}?q=markets")
    assert visitor.get_by_role("link", name=re.compile(r"\[fr\] Night markets")).count() >= 1
    assert visitor.console_errors == []
    visitor_context.close()
    assert failures == []
    assert Locale.objects.count() == 8
