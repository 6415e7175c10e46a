"""Training's signals: course completion (issues the certificate) and the session merge."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import Signal, receiver

# Sent once per trainee and course, when the course becomes complete. Arguments: user, course_key.
course_completed = Signal()


@receiver(user_logged_in, dispatch_uid="training_merge_session_records")
def merge_session_records(sender, request, user, **kwargs):
    """What a visitor did before logging in or signing up joins their account."""
    from training.records import SessionRecords

    if request is not None and hasattr(request, "session"):
        SessionRecords(request).merge_into(user)


@receiver(course_completed, dispatch_uid="training_issue_certificate")
def issue_certificate_on_completion(sender, user, course_key, **kwargs):
    """Every completed course earns a certificate (once; see training.issuing)."""
    from training.issuing import issue_certificate

    issue_certificate(user, course_key)
