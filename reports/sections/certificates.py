"""Certificates issued and revoked, per course (see docs/reports.md for the definitions)."""

import uuid
from dataclasses import dataclass

from django.db.models import Count as CountOf
from django.db.models import Q
from django.utils import timezone

from reports.figures import Count, source_courses
from training.models import Certificate


@dataclass
class CertificateRow:
    title: str
    course_key: uuid.UUID
    issued: Count
    revoked: Count
    valid: Count
    expired: Count


def certificate_rows(filters, now=None):
    """Per course: certificates issued in the period, revoked in the period, and of those issued
    in the period, the ones valid now and the ones expired now. Two queries."""
    now = now or timezone.now()
    courses = source_courses(filters.course_key)
    certificates = Certificate.objects.filter(filters.trainee_q(with_language=False))
    if filters.course_key:
        certificates = certificates.filter(course_key=filters.course_key)
    if filters.language:
        # The language the course was followed in, stored at issue time.
        certificates = certificates.filter(language=filters.language)
    issued = Q(issued_at__isnull=False) & filters.period_q("issued_at")
    not_revoked = Q(revoked_at__isnull=True)
    expired = Q(expires_at__isnull=False, expires_at__lte=now)
    still_valid = Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    counts = {
        row["course_key"]: row
        for row in certificates.order_by()
        .values("course_key")
        .annotate(
            issued=CountOf("id", filter=issued),
            revoked=CountOf("id", filter=Q(revoked_at__isnull=False) & filters.period_q("revoked_at")),
            valid=CountOf("id", filter=issued & not_revoked & still_valid),
            expired=CountOf("id", filter=issued & not_revoked & expired),
        )
    }
    rows = []
    for course in courses:
        found = counts.get(course.translation_key, {})
        rows.append(
            CertificateRow(
                title=course.title,
                course_key=course.translation_key,
                **{name: Count(found.get(name, 0)) for name in ("issued", "revoked", "valid", "expired")},
            )
        )
    return rows
