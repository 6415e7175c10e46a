"""Review before publishing, per language, with Wagtail's own workflows.

Some languages need a second pair of eyes: a translator submits, a reviewer of that language
approves (and the page is published) or requests changes with a comment (and the translation goes
back to the translator). ``TRANSLATION_REVIEW_LANGUAGES`` names them (the demo reviews Greek).

Wagtail already does all of this for pages: a ``Workflow`` with one ``GroupApprovalTask``, assigned
to a page and so to everything below it. For each reviewed locale Agora therefore keeps
"Reviewers · <language>" (who may edit and publish that locale's tree), the workflow
"Translation review · <language>" assigned to the locale's home page, and takes "Publish" away from
the locale's translators, so that submitting is their only way to the public. For the other
locales the assignment is removed and the translators publish themselves. ``translator_group``
calls ``sync_review`` every time it runs (after migrations, for a new locale, for a new home page),
so review follows the setting the way translator groups follow the locales, idempotently.

The translation editor of wagtail-localize has no "Submit" action: it offers "Publish" to those who
may publish and nothing to the others. ``submit_for_review`` is the missing step (an admin action
beside the editor, ``localization/review_views.py``).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments

from portal.languages import all_languages, language_codes

REVIEWER_GROUP_PREFIX = "Reviewers · "
WORKFLOW_PREFIX = "Translation review · "
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Open the admin and choose the images and documents a page shows, as translators do.
REVIEWER_GROUP_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
)


def review_language_codes():
    """The reviewed languages; checked here too, because a git-ignored local.py may set the list directly."""
    codes = list(getattr(settings, "TRANSLATION_REVIEW_LANGUAGES", ()))
    targets = language_codes()[1:]
    if unknown := [code for code in codes if code not in targets]:
        raise ImproperlyConfigured(f"TRANSLATION_REVIEW_LANGUAGES: {', '.join(unknown)} not among {', '.join(targets)}")
    return codes


def is_reviewed(locale):
    return locale.language_code in review_language_codes()


def _native_name(language_code):
    return {language.code: language.name for language in all_languages()}.get(language_code, language_code)


def reviewer_group_name(language_code):
    return f"{REVIEWER_GROUP_PREFIX}{_native_name(language_code)}"


def reviewer_locales(user):
    """The locales whose reviewer group ``user`` belongs to."""
    names = set(user.groups.filter(name__startswith=REVIEWER_GROUP_PREFIX).values_list("name", flat=True))
    return [
        locale
        for locale in Locale.objects.order_by("language_code")
        if reviewer_group_name(locale.language_code) in names
    ]


def workflow_name(language_code):
    return f"{WORKFLOW_PREFIX}{_native_name(language_code)}"


def translator_page_permissions(locale, codenames):
    """The page permissions a locale's translators get: all of ``codenames`` but "publish" where a reviewer decides."""
    return [codename for codename in codenames if codename != "publish_page" or not is_reviewed(locale)]


def _reviewer_group(locale, homes):
    group, _created = Group.objects.get_or_create(name=reviewer_group_name(locale.language_code))
    for app_label, codename in REVIEWER_GROUP_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:  # on a fresh database, model permissions arrive with post_migrate
            group.permissions.add(permission)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=REVIEWER_PAGE_PERMISSIONS
    )
    for home in homes:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    return group


def _review_workflow(locale, reviewers):
    name = workflow_name(locale.language_code)
    workflow, _created = Workflow.objects.get_or_create(name=name)
    task, _created = GroupApprovalTask.objects.get_or_create(name=name)
    for changed in (workflow, task):
        if not changed.active:
            changed.active = True
            changed.save(update_fields=["active"])
    if set(task.groups.all()) != {reviewers}:
        task.groups.set([reviewers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def sync_review(locale, translator_group):
    """Bring the locale's review in line with the setting; returns its workflow, or None when it is not reviewed."""
    homes = list(Page.objects.filter(depth=2, locale=locale))
    if not is_reviewed(locale):
        # Only our assignment goes: a workflow an administrator put on the home page by hand stays.
        WorkflowPage.objects.filter(page__in=homes, workflow__name=workflow_name(locale.language_code)).delete()
        return None
    workflow = _review_workflow(locale, _reviewer_group(locale, homes))
    for home in homes:
        assignment = WorkflowPage.objects.filter(page=home).first()
        if assignment is None:
            WorkflowPage.objects.create(page=home, workflow=workflow)
        elif assignment.workflow_id != workflow.pk:
            assignment.workflow = workflow
            assignment.save(update_fields=["workflow"])
    GroupPagePermission.objects.filter(
        group=translator_group, page__in=homes, permission__codename="publish_page"
    ).delete()
    return workflow


def page_translation(page):
    """The wagtail-localize translation that ``page`` is the target of, if it is being translated in the editor."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def save_translation_draft(translation, user):
    """A draft revision of the translated page from its segments, leaving what visitors see untouched.

    wagtail-localize's ``save_target(publish=False)`` also saves the page's row with the new text, and
    Wagtail serves a live page from its row: on a translation already published, the text under review
    would be public at once. So a live page is built in memory as wagtail-localize builds it (synchronised
    fields, then the segments, the source's where a translation is missing) and only a revision is saved.
    """
    page = translation.source.get_translated_instance(translation.target_locale)
    if not page.live or page.alias_of_id:
        translation.save_target(user=user, publish=False)  # nothing of it is public yet
        return
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    # Private, but the very list save_target ingests; fallback as there.
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    page.save_revision(user=user)


def submit_for_review(page, user):
    """Write the translation's current text to a draft and hand it to the page's workflow; returns its state.

    The editor keeps a translator's work as segments, not revisions: ``save_translation_draft`` makes
    the draft the reviewer will see and approve. Then, as Wagtail's page editor does on "Submit
    to …": start the workflow, or resume it when changes were requested. A translation already in
    review only gets the newer draft, which is the one approving publishes.
    """
    translation = page_translation(page)
    if translation is not None:
        save_translation_draft(translation, user)
    else:
        page.specific.save_revision(user=user)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is None:
        return page.get_workflow().start(page, user)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return state
