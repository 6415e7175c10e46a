"""A trainee's data across apps: export it as JSON, and what happens to it when the account goes.

Apps do not import each other: each app that stores rows about a user puts a
``personal_data.py`` module at its top level, which ``AccountsConfig.ready`` imports,
and registers a section there::

    from accounts.personal_data import register_section

    register_section(
        "quiz_attempts",
        models=["training.QuizAttempt"],
        export=lambda user: [...],                 # JSON-serialisable
        on_account_deletion=anonymise_to_stand_in,  # or delete / revoke; called before the user row goes
    )

``tests`` check that every model with a foreign key to the user model is claimed by a
section or listed in ``NOT_PERSONAL_DATA``: a new model cannot be forgotten.
"""

import uuid
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction


@dataclass(frozen=True)
class Section:
    name: str
    export: object
    on_account_deletion: object = None
    models: list = field(default_factory=list)


SECTIONS = {}

# Models with a user foreign key that are not a trainee's own data, or that Django deletes with the user.
NOT_PERSONAL_DATA = {
    "admin.LogEntry",  # staff actions in the Django admin (not used by trainees)
    "wagtailcore.PageLogEntry",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.Revision",
    "wagtailcore.PageSubscription",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "wagtailcore.WorkflowState",
    "wagtailcore.TaskState",
    "wagtailcore.UploadedFile",
    "wagtailcore.GroupApprovalTask",
    "wagtailcore.Page",
    "wagtailcore.PageViewRestriction",
    "wagtailimages.Image",
    "wagtailimages.UploadedImage",
    "wagtaildocs.Document",
    "wagtailusers.UserProfile",  # admin preferences, deleted with the user
    "wagtail_localize.Translation",
    "wagtail_localize.TranslationSource",
    "wagtail_localize.StringTranslation",
    "wagtail_localize.OverridableSegment",
    "wagtail_localize.SegmentOverride",
    "wagtail_localize.TranslationLog",
    "wagtailadmin.EditingSession",
    "wagtailadmin.Admin",
    "wagtailsearch.Query",
    "wagtailcore.APIToken",  # API credentials, deleted with the user
    "wagtailadmin.FormState",  # unsaved admin form state (previews), deleted with the user
}

ENCODER = DjangoJSONEncoder


def register_section(name, *, export, on_account_deletion=None, models=()):
    """Add a section to every trainee's data export. ``export(user)`` returns JSON-serialisable data;
    ``on_account_deletion(user, stand_in)`` runs inside the deletion's transaction, before the user row is
    deleted (rows still pointing at the user are deleted with it). ``models`` are the "app.Model" labels
    the section accounts for."""
    if name in SECTIONS:
        raise ValueError(f"personal data section {name!r} registered twice")
    SECTIONS[name] = Section(name, export, on_account_deletion, list(models))


def claimed_models():
    return {label for section in SECTIONS.values() for label in section.models}


def export_user_data(user):
    """Everything Agora stores about ``user``, one key per section, sections in name order."""
    return {name: SECTIONS[name].export(user) for name in sorted(SECTIONS)}


def make_stand_in():
    """An inactive user without name, email or password that keeps a deleted trainee's anonymised
    records: their attempts still count in the reports, but point at nobody."""
    stand_in = get_user_model().objects.create(username=f"deleted-{uuid.uuid4().hex}", is_active=False)
    stand_in.set_unusable_password()
    stand_in.save(update_fields=["password"])
    return stand_in


def delete_account(user):
    """Delete ``user``: every section's deletion policy runs, then the user row goes, all or nothing."""
    with transaction.atomic():
        stand_in = make_stand_in()
        for name in sorted(SECTIONS):
            if SECTIONS[name].on_account_deletion is not None:
                SECTIONS[name].on_account_deletion(user, stand_in)
        user.delete()
    return stand_in


def reassign_to_stand_in(model):
    """A deletion policy that keeps ``model``'s rows for the reports, handed to the stand-in."""

    def policy(user, stand_in):
        model._default_manager.filter(user=user).update(user=stand_in)

    return policy


# --- accounts' own sections ---------------------------------------------------------------


def _export_account(user):
    return {
        "username": user.get_username(),
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _export_profile(user):
    from accounts.models import get_profile

    profile = get_profile(user)
    return {
        "name": profile.name,
        "organisation": profile.organisation,
        "country": str(profile.country.code or ""),
        "staff_profile": profile.staff_profile,
        "preferred_language": profile.preferred_language,
    }


def _export_email_addresses(user):
    from allauth.account.models import EmailAddress

    return list(EmailAddress.objects.filter(user=user).order_by("email").values("email", "verified", "primary"))


register_section("account", export=_export_account, models=["auth.User"])
register_section("profile", export=_export_profile, models=["accounts.Profile"])
register_section("email_addresses", export=_export_email_addresses, models=["account.EmailAddress"])
