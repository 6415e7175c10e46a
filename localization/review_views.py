"""The translator's "Submit for review", beside wagtail-localize's translation editor.

The editor (which replaces Wagtail's page editor for a page being translated) has no "Submit to …"
action, and hides "Publish" from those who may not publish: a translator of a reviewed language
would be left with no way forward. ``review_notice`` tells them, on opening the editor, where the
translation stands in its review (not submitted, in review, changes requested with the reviewer's
comment) with a button to this module's ``submit_for_review`` view, which confirms and submits.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from localization import review


def _reviewable(page, user):
    """The page's workflow when ``user`` may edit the page but not publish it, so must submit it; else None."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return None
    return page.get_workflow()


def review_notice(request, page):
    """On opening a translation in the editor: where it stands in its review, and the button to submit it."""
    if request.method != "GET" or review.page_translation(page) is None or _reviewable(page, request.user) is None:
        return
    submit_url = reverse("localization:submit_for_review", args=[page.pk])
    state = page.current_workflow_state
    if state is None:
        messages.info(
            request,
            _(
                "Translations into %(language)s are reviewed before they are published. "
                "When yours is ready, submit it for review."
            )
            % {"language": page.locale.get_display_name()},
            buttons=[messages.button(submit_url, _("Submit for review"))],
        )
    elif state.status == WorkflowState.STATUS_IN_PROGRESS:
        since = formats.date_format(timezone.localtime(state.created_at), "DATE_FORMAT")
        messages.info(
            request,
            _("In review since %(date)s. You can still improve the translation and submit your latest changes.")
            % {"date": since},
            buttons=[messages.button(submit_url, _("Submit latest changes"))],
        )
    else:
        task_state = state.current_task_state
        finished_by = task_state.finished_by
        reviewer = (finished_by.get_full_name() or finished_by.get_username()) if finished_by else ""
        if task_state.comment:
            text = _("Changes requested by %(reviewer)s: “%(comment)s”. Correct the translation, then submit it again.")
        else:
            text = _("Changes requested by %(reviewer)s. Correct the translation, then submit it again.")
        messages.warning(
            request,
            text % {"reviewer": reviewer, "comment": task_state.comment},
            buttons=[messages.button(submit_url, _("Submit for review again"))],
        )


def submit_for_review(request, page_id):
    """GET: what is about to happen; POST: write the draft and start (or resume) the review."""
    page = get_object_or_404(Page, pk=page_id).specific
    workflow = _reviewable(page, request.user)
    if workflow is None:
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    names = {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()}
    if request.method == "POST":
        in_review = page.workflow_in_progress
        try:
            review.submit_for_review(page, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("“%(title)s” could not be submitted: %(errors)s") % {**names, "errors": " ".join(error.messages)},
            )
        else:
            if in_review:
                messages.success(request, _("The version in review now has your latest changes."))
            else:
                messages.success(request, _("“%(title)s” in %(language)s was submitted for review.") % names)
        return redirect(edit_url)
    return render(
        request,
        "localization/submit_for_review.html",
        {"page": page, "workflow": workflow, "edit_url": edit_url, **names},
    )
