"""Training records in a trainee's data export; on account deletion they are kept, anonymised,
for the reports, and certificates are revoked (docs/security.md). Discovered by accounts
(accounts/personal_data.py)."""

from django.utils import timezone

from accounts.personal_data import reassign_to_stand_in, register_section
from training.models import (
    ACCOUNT_DELETED_REASON,
    Certificate,
    CourseActivity,
    CourseCompletion,
    LessonCompletion,
    QuizAttempt,
    SelfEvaluation,
)


def _rows(model, fields):
    def export(user):
        return list(model.objects.filter(user=user).order_by("pk").values(*fields))

    return export


register_section(
    "lesson_completions",
    export=_rows(LessonCompletion, ["lesson_key", "completed_at"]),
    on_account_deletion=reassign_to_stand_in(LessonCompletion),
    models=["training.LessonCompletion"],
)
register_section(
    "quiz_attempts",
    export=_rows(
        QuizAttempt,
        ["quiz_key", "token", "answers", "score", "max_score", "percent", "passed", "language", "submitted_at"],
    ),
    on_account_deletion=reassign_to_stand_in(QuizAttempt),
    models=["training.QuizAttempt"],
)
register_section(
    "course_activity",
    export=_rows(CourseActivity, ["course_key", "last_page_key", "started_at", "updated_at"]),
    on_account_deletion=reassign_to_stand_in(CourseActivity),
    models=["training.CourseActivity"],
)
register_section(
    "course_completions",
    export=_rows(CourseCompletion, ["course_key", "completed_at"]),
    on_account_deletion=reassign_to_stand_in(CourseCompletion),
    models=["training.CourseCompletion"],
)


def _export_certificates(user):
    rows = Certificate.objects.filter(user=user).order_by("pk")
    return [
        {
            "code": certificate.formatted_code,
            "course_key": certificate.course_key,
            "holder_name": certificate.holder_name,
            "course_title": certificate.course_title,
            "language": certificate.language,
            "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at,
            "revoked_at": certificate.revoked_at,
            "status": certificate.status(),
        }
        for certificate in rows
    ]


def revoke_certificates(user, stand_in):
    """Certificates are revoked, not deleted: a kept verification link answers "revoked" and names nobody."""
    now = timezone.now()
    Certificate.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=now, revocation_reason=ACCOUNT_DELETED_REASON
    )
    Certificate.objects.filter(user=user).update(user=stand_in, holder_name="")


register_section(
    "certificates",
    export=_export_certificates,
    on_account_deletion=revoke_certificates,
    models=["training.Certificate"],
)
register_section(
    "self_evaluations",
    export=_rows(SelfEvaluation, ["course_key", "stage", "ratings", "language", "updated_at"]),
    on_account_deletion=reassign_to_stand_in(SelfEvaluation),
    models=["training.SelfEvaluation"],
)
