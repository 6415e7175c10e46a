"""Issuing certificates when a course is completed: one valid certificate per trainee and course."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from dateutil.relativedelta import relativedelta

from accounts.models import display_name, get_profile
from training.certificate_codes import new_code
from training.models import Certificate
from training.services.courses import source_course


def issue_certificate(user, course_key, language=None):
    """The trainee's valid certificate for the course, created if there is none.

    Safe under concurrency: the partial unique constraint allows one unrevoked certificate
    per trainee and course, and a losing concurrent insert returns the winner's.
    """
    existing = Certificate.objects.filter(user=user, course_key=course_key, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    course = source_course(course_key)
    issued_at = timezone.now()
    months = course.certificate_validity_months if course is not None else None
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                course_key=course_key,
                code=new_code(),
                holder_name=display_name(user)[:150],
                course_title=course.title if course is not None else "",
                language=language or preferred_language(user),
                issued_at=issued_at,
                expires_at=issued_at + relativedelta(months=months) if months else None,
            )
    except IntegrityError:
        return Certificate.objects.get(user=user, course_key=course_key, revoked_at__isnull=True)


def preferred_language(user):
    """The language being read when the course was completed, else the profile's preferred one."""
    languages = dict(settings.LANGUAGES)
    active = get_language()
    if active in languages:
        return active
    language = get_profile(user).preferred_language
    return language if language in languages else settings.LANGUAGE_CODE


def revoke_certificate(certificate, by, reason):
    """Revoke now; verification answers "revoked" from the next request on."""
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])


def issue_certificate_on_completion(sender, user, course_key, **kwargs):
    """Receiver of ``course_completed`` (connected in ``TrainingConfig.ready``): every completed course
    earns a certificate, once."""
    issue_certificate(user, course_key)
