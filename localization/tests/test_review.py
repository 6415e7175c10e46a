"""Review before publishing, per language (localization/review.py): groups, workflow, and the whole round."""

import io
from urllib.parse import urlencode

from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Task, Workflow, WorkflowPage, WorkflowState
from wagtail.users.models import UserProfile

import pytest

from home.tests.factories import build_site_tree
from localization.management.commands import ensure_translators
from localization.review import review_language_codes, reviewer_group_name, workflow_name
from localization.tests.factories import send_for_translation
from localization.translator_groups import group_name, sync_translator_groups
from portal.settings.base import target_language_codes

pytestmark = pytest.mark.django_db

GREEK_TITLE = "Σχετικά με την Agora"


@pytest.fixture
def site(settings):
    settings.TRANSLATION_REVIEW_LANGUAGES = ["el"]
    return build_site_tree(translated_into=("fr", "el"))


def home(code):
    return Page.objects.get(depth=2, locale__language_code=code)


def page_codenames(group_name_, code):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name_, page=home(code)).values_list(
            "permission__codename", flat=True
        )
    )


def review_rows():
    """Everything review keeps, by identity: running the sync again must leave it exactly so."""
    return (
        set(Group.objects.values_list("pk", "name")),
        set(GroupPagePermission.objects.values_list("pk", "group_id", "page_id", "permission_id")),
        set(Workflow.objects.values_list("pk", "name", "active")),
        set(Task.objects.values_list("pk", "name", "active")),
        set(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        set(GroupApprovalTask.groups.through.objects.values_list("pk", "groupapprovaltask_id", "group_id")),
    )


def test_greek_gets_reviewers_a_workflow_on_its_home_and_translators_without_publish(site):
    reviewers = Group.objects.get(name=reviewer_group_name("el"))
    assert reviewers.name == "Reviewers · Ελληνικά"
    assert set(reviewers.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "choose_image",
        "choose_document",
    }
    assert page_codenames(reviewers.name, "el") == {"add_page", "change_page", "publish_page"}
    workflow = Workflow.objects.get(name=workflow_name("el"))
    assert workflow.name == "Translation review · Ελληνικά" and workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask) and list(task.groups.all()) == [reviewers]
    assert WorkflowPage.objects.get(page=home("el")).workflow == workflow
    assert page_codenames(group_name("el"), "el") == {"add_page", "change_page"}
    # French is not reviewed: its translators publish, and nobody reviews them.
    assert page_codenames(group_name("fr"), "fr") == {"add_page", "change_page", "publish_page"}
    assert not Group.objects.filter(name=reviewer_group_name("fr")).exists()
    assert home("fr").get_workflow() is None or home("fr").get_workflow().name != workflow_name("fr")


def test_the_sync_is_idempotent(site):
    before = review_rows()
    sync_translator_groups()
    sync_translator_groups()
    assert review_rows() == before


def test_turning_review_off_removes_the_assignment_and_gives_publish_back(site, settings, django_user_model):
    translator = django_user_model.objects.create_user("eleni", "eleni@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("el")))
    greek_about = site.about.get_translation(home("el").locale)
    assert not greek_about.permissions_for_user(translator).can_publish()
    settings.TRANSLATION_REVIEW_LANGUAGES = []
    sync_translator_groups()
    assert not WorkflowPage.objects.filter(page=home("el")).exists()
    assert page_codenames(group_name("el"), "el") == {"add_page", "change_page", "publish_page"}
    translator = django_user_model.objects.get(pk=translator.pk)  # permissions are cached per user object
    assert greek_about.permissions_for_user(translator).can_publish()
    settings.TRANSLATION_REVIEW_LANGUAGES = ["el"]
    sync_translator_groups()
    assert WorkflowPage.objects.get(page=home("el")).workflow.name == workflow_name("el")
    assert page_codenames(group_name("el"), "el") == {"add_page", "change_page"}


@pytest.mark.parametrize("value", ["el,xx", "en", "EL"])
def test_a_code_that_is_not_a_target_language_stops_the_start(monkeypatch, settings, value):
    monkeypatch.setenv("TRANSLATION_REVIEW_LANGUAGES", value)
    with pytest.raises(ImproperlyConfigured, match="TRANSLATION_REVIEW_LANGUAGES"):
        target_language_codes("TRANSLATION_REVIEW_LANGUAGES")
    settings.TRANSLATION_REVIEW_LANGUAGES = value.split(",")
    with pytest.raises(ImproperlyConfigured):
        review_language_codes()


def test_make_run_creates_the_greek_reviewer_while_greek_is_reviewed(site, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(ensure_translators, "PASSWORD_FILE", tmp_path / "passwords")
    out = io.StringIO()
    call_command("ensure_translators", stdout=out)
    printed = out.getvalue()
    assert "Reviewer log-in (Reviewers · Ελληνικά): username 'reviewer.el', password " in printed
    reviewer = Group.objects.get(name=reviewer_group_name("el")).user_set.get()
    assert reviewer.username == "reviewer.el" and UserProfile.get_for_user(reviewer).preferred_language == "el"
    assert reviewer.check_password(printed.split("reviewer.el', password ")[1].split()[0])
    settings.TRANSLATION_REVIEW_LANGUAGES = []
    call_command("ensure_translators", stdout=(out := io.StringIO()))
    assert "reviewer.el" not in out.getvalue()


# The whole round, through the admin as a translator and a reviewer click through it.


@pytest.fixture
def people(site, django_user_model):
    translator = django_user_model.objects.create_user("eleni", "eleni@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("el")))
    reviewer = django_user_model.objects.create_user("nikos", "nikos@example.org", "pw", first_name="Nikos")
    reviewer.groups.add(Group.objects.get(name=reviewer_group_name("el")))
    return translator, reviewer


def translate_and_submit(client, site, translator):
    """The translator edits the Greek title in the translation editor and submits the translation."""
    translation = send_for_translation(site.about, "el")
    greek_about = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[greek_about.pk])
    submit_url = reverse("localization:submit_for_review", args=[greek_about.pk])
    client.force_login(translator)
    editor = client.get(edit_url)
    assert editor.status_code == 200 and b"js-translation-editor" in editor.content
    assert "submit it for review" in editor.text and submit_url in editor.text
    assert "&quot;canPublish&quot;: false" in editor.text  # the editor offers no "Publish in Ελληνικά"
    title = translation.source.stringsegment_set.get(context__path="title")
    saved = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
        urlencode({"value": GREEK_TITLE}),
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code == 201
    # Wagtail's admin answers a refusal by sending back to the dashboard with "Sorry, you do not have permission".
    assert client.post(edit_url, {"action": "publish"}).url == reverse("wagtailadmin_home")
    assert "Translation review · Ελληνικά" in client.get(submit_url).text
    assert client.post(submit_url).url == edit_url
    greek_about = Page.objects.get(pk=greek_about.pk)
    assert greek_about.workflow_in_progress
    assert greek_about.draft_title == GREEK_TITLE and greek_about.title != GREEK_TITLE  # not live
    return greek_about


def test_the_reviewer_approves_and_the_translation_goes_live(client, site, people):
    translator, reviewer = people
    greek_about = translate_and_submit(client, site, translator)
    assert any(reviewer.email in message.to for message in mail.outbox)
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).text
    assert "Awaiting your review" in dashboard and GREEK_TITLE in dashboard
    task_state = greek_about.current_workflow_state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[greek_about.pk, "approve", task_state.pk])
    assert client.post(approve, {"comment": ""}).status_code == 302
    greek_about = Page.objects.get(pk=greek_about.pk)
    assert greek_about.live and greek_about.title == GREEK_TITLE and not greek_about.has_unpublished_changes
    assert greek_about.current_workflow_state is None


def test_the_inbox_and_the_report_show_awaiting_review_to_reviewer_and_translator(client, site, people):
    translator, reviewer = people
    greek_about = translate_and_submit(client, site, translator)
    for person in (reviewer, translator):
        client.force_login(person)
        inbox = client.get(reverse("localization:inbox"))
        assert [locale.language_code for locale in inbox.context["locales"]] == ["el"]  # their language only
        states = {(item.page.pk, item.cell.status) for item in inbox.context["page_obj"]}
        assert (site.about.pk, "in_review") in states
        assert "Awaiting review" in inbox.text
    report = client.get(reverse("localization:status") + f"?section={site.home.pk}")
    cell = next(
        c
        for row in report.context["rows"]
        if row.page.pk == site.about.pk
        for c in row.cells
        if c.locale.language_code == "el"
    )
    assert cell.status == "in_review" and cell.url == reverse("wagtailadmin_pages:edit", args=[greek_about.pk])


def test_changes_requested_go_back_to_the_translator_with_the_comment(client, site, people):
    translator, reviewer = people
    greek_about = translate_and_submit(client, site, translator)
    client.force_login(reviewer)
    task_state = greek_about.current_workflow_state.current_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[greek_about.pk, "reject", task_state.pk])
    assert client.post(reject, {"comment": "Please address the reader formally."}).status_code == 302
    greek_about = Page.objects.get(pk=greek_about.pk)
    assert greek_about.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert greek_about.title != GREEK_TITLE  # still not live

    client.force_login(translator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[greek_about.pk])).text
    assert "Changes requested by Nikos: “Please address the reader formally.”" in editor
    assert "Submit for review again" in editor
    client.post(reverse("localization:submit_for_review", args=[greek_about.pk]))
    assert Page.objects.get(pk=greek_about.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_translator_of_an_unreviewed_language_publishes_from_the_editor(client, site, django_user_model):
    translator = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    translator.groups.add(Group.objects.get(name=group_name("de")))
    translation = send_for_translation(site.about, "de")
    client.force_login(translator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])).text
    assert "&quot;canPublish&quot;: true" in editor and "submit it for review" not in editor
    submit_url = reverse("localization:submit_for_review", args=[translation.get_target_instance().pk])
    assert client.get(submit_url).url == reverse("wagtailadmin_home")
