"""A trainee's records: lessons done, quiz attempts, where they were, completed courses,
certificates and self-evaluations.

Records belong to a user and to the content's ``translation_key`` (and block ids for
questions), never to one language's page id: progress follows the trainee across
languages.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from training.certificate_codes import format_code


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson_key = models.UUIDField(_("lesson"), help_text="translation_key of the lesson page")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"], name="one_completion_per_lesson")]

    def __str__(self):
        return f"{self.user_id} completed {self.lesson_key}"


class QuizAttempt(models.Model):
    """One submitted quiz. ``token`` comes from the form, so a double submission counts once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz_key = models.UUIDField(help_text="translation_key of the quiz page")
    token = models.UUIDField(unique=True, default=uuid.uuid4)
    answers = models.JSONField(help_text="question block id → answer, as submitted")
    score = models.FloatField()
    max_score = models.FloatField()
    percent = models.FloatField()
    passed = models.BooleanField()
    language = models.CharField(max_length=12)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["user", "quiz_key"])]

    def __str__(self):
        return f"{self.user_id} scored {self.percent}% on {self.quiz_key}"


class CourseActivity(models.Model):
    """Where a trainee is in a course: "continue where you left off"."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_activity")
    course_key = models.UUIDField()
    last_page_key = models.UUIDField()
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_activity_per_course")]

    def __str__(self):
        return f"{self.user_id} in {self.course_key}"


class CourseCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions")
    course_key = models.UUIDField()
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_completion_per_course")]

    def __str__(self):
        return f"{self.user_id} completed {self.course_key}"


# Stored as the reason when the holder deletes their account (training/personal_data.py), in
# the source language, and shown to staff in theirs (Certificate.revocation_reason_shown).
ACCOUNT_DELETED_REASON = gettext_noop("The holder deleted their account.")


class Certificate(models.Model):
    """A certificate of completion. At most one valid (not revoked) per trainee and course.

    ``holder_name`` is the name the trainee chose to show (their profile's name) when the
    certificate was issued; later changes to the profile do not alter an issued certificate.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates", verbose_name=_("holder")
    )
    course_key = models.UUIDField(help_text="translation_key of the course page")
    code = models.CharField(_("code"), max_length=32, unique=True)
    holder_name = models.CharField(_("holder's name"), max_length=150)
    course_title = models.CharField(_("course"), max_length=255, help_text="source-language title when issued")
    language = models.CharField(_("language"), max_length=12)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_course",
            )
        ]
        permissions = [("revoke_certificate", _("Can revoke certificates"))]

    def __str__(self):
        return f"{self.formatted_code} ({self.holder_name})"

    @property
    def formatted_code(self):
        return format_code(self.code)

    def revocation_reason_shown(self):
        """The reason in the reader's language when the portal wrote it; staff's own words as typed."""
        if self.revocation_reason == ACCOUNT_DELETED_REASON:
            return gettext(ACCOUNT_DELETED_REASON)
        return self.revocation_reason

    def status(self, now=None):
        """ "valid", "revoked" or "expired"."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= (now or timezone.now()):
            return "expired"
        return "valid"


class SelfEvaluation(models.Model):
    """A trainee's ratings (1 to 5) of a course's competence statements, before or after the course."""

    class Stage(models.TextChoices):
        BEFORE = "before", _("Before the course")
        AFTER = "after", _("After the course")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_evaluations")
    course_key = models.UUIDField(help_text="translation_key of the course page")
    stage = models.CharField(max_length=6, choices=Stage.choices)
    ratings = models.JSONField(help_text="competence block id → rating from 1 to 5")
    language = models.CharField(max_length=12)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "stage"], name="one_self_evaluation_per_stage")
        ]

    def __str__(self):
        return f"{self.user_id} {self.stage} {self.course_key}"
