"""Training pages (index → course → module → lesson and quiz) and the trainee's records.

Records belong to a user and to the content's ``translation_key`` (and block ids for
questions), never to one language's page id: progress follows the trainee across
languages.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import PAGE_TRANSLATABLE_FIELDS
from portal.profiles import StaffProfile
from training.blocks import LessonStreamBlock, QuestionStreamBlock
from training.widgets import StaffProfilesWidget


class TrainingIndexPage(Page):
    introduction = models.TextField(_("Introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]
    subpage_types = ["training.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Training index")

    def get_context(self, request, *args, **kwargs):
        from training.progress import CourseOutline
        from training.records import records_for

        context = super().get_context(request, *args, **kwargs)
        courses = list(CoursePage.objects.child_of(self).live().select_related("domain"))
        context["outlines"] = CourseOutline.bulk(courses, records_for(request))
        return context


class CoursePage(Page):
    domain = models.ForeignKey(
        "portal.Domain",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Domain"),
    )
    summary = models.TextField(_("Summary"), max_length=800)
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        blank=True,
        verbose_name=_("Learning outcomes"),
    )
    estimated_minutes = models.PositiveIntegerField(_("Estimated time (minutes)"), default=60)
    staff_profiles = models.JSONField(_("Staff profiles it suits"), default=list, blank=True)
    # Block ids stay the same across translations, so ratings given in one language count in all.
    competences = StreamField(
        [("competence", blocks.CharBlock(label=_("Competence statement"), max_length=300))],
        blank=True,
        verbose_name=_("Competence statements"),
        help_text=_("What a trainee can do after the course; they rate each from 1 to 5 before and after."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("Certificate validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for certificates that do not expire."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("domain"),
                FieldPanel("estimated_minutes"),
                FieldPanel("staff_profiles", widget=StaffProfilesWidget),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("About the course"),
        ),
        FieldPanel("competences"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("learning_outcomes")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("learning_outcomes"),
        TranslatableField("domain"),
        SynchronizedField("estimated_minutes"),
        SynchronizedField("staff_profiles"),
        TranslatableField("competences"),
        SynchronizedField("certificate_validity_months"),
    ]
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = ["training.ModulePage"]

    class Meta:
        verbose_name = _("Course")

    def staff_profile_labels(self):
        labels = dict(StaffProfile.choices)
        return [labels[value] for value in self.staff_profiles if value in labels]

    def get_context(self, request, *args, **kwargs):
        from training.progress import CourseOutline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = CourseOutline.for_request(self, request)
        return context


class ModulePage(Page):
    summary = models.TextField(_("Summary"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("summary")]
    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.LessonPage", "training.QuizPage"]

    class Meta:
        verbose_name = _("Module")

    def get_context(self, request, *args, **kwargs):
        from training.progress import CourseOutline
        from training.views import course_of

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = CourseOutline.for_request(course_of(self), request, current=self)
        return context


class LessonPage(Page):
    summary = models.TextField(_("Summary"), blank=True, max_length=800)
    body = StreamField(LessonStreamBlock(), verbose_name=_("Body"))
    estimated_minutes = models.PositiveIntegerField(_("Estimated time (minutes)"), default=10)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body"), FieldPanel("estimated_minutes")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("estimated_minutes"),
    ]
    parent_page_types = ["training.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Lesson")

    def serve(self, request, *args, **kwargs):
        from training.views import serve_lesson

        return serve_lesson(self, request, super().serve, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from training.progress import CourseOutline
        from training.views import course_of

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = CourseOutline.for_request(course_of(self), request, current=self)
        return context


QUIZ_OUT_OF_SYNC_MESSAGE = _(
    "The questions or answers of this translation no longer match the source quiz. "
    "Sync it with its source (“Sync translated pages” on the source page) before publishing it."
)


class QuizPage(RoutablePageMixin, Page):
    introduction = models.TextField(_("Introduction"), blank=True, max_length=800)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("Questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("Pass mark (%)"), default=70, help_text=_("The share of the points needed to pass, from 1 to 100.")
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("Attempts allowed"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    shuffle = models.BooleanField(_("Shuffle answers"), default=False)
    # A form and per-visitor results: never served from the anonymous page cache.
    cache_for_visitors = False

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("shuffle")], heading=_("Rules")
        ),
    ]
    # Only the prompts are searchable: choices and their correctness never reach the index.
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("questions"),
        SynchronizedField("pass_mark"),
        SynchronizedField("max_attempts"),
        SynchronizedField("shuffle"),
    ]
    parent_page_types = ["training.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Quiz")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_mark__gte=1, pass_mark__lte=100), name="quiz_pass_mark_between_1_and_100"
            )
        ]

    def gradable_quiz(self):
        """The quiz whose questions are asked and graded.

        This page, unless it is a translation whose questions or answers no longer match
        the source-language quiz (the source changed and the translation was not synced):
        then the source quiz, so that grading never depends on the language.
        """
        from training.grading import answer_key

        source = (
            QuizPage.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .exclude(pk=self.pk)
            .first()
        )
        if source is None or answer_key(source) == answer_key(self):
            return self
        return source

    def translation_warnings(self):
        """Warnings the editor sees when opening this page (localization/wagtail_hooks.py)."""
        return [QUIZ_OUT_OF_SYNC_MESSAGE] if self.gradable_quiz() is not self else []

    def clean(self):
        super().clean()
        if self.pk and self.gradable_quiz() is not self:
            raise ValidationError(QUIZ_OUT_OF_SYNC_MESSAGE)

    @path("")
    def quiz_form(self, request):
        from training.views import quiz_form

        return quiz_form(request, self)

    @path("result/<uuid:token>/")
    def quiz_result(self, request, token):
        from training.views import quiz_result

        return quiz_result(request, self, token)


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
        from training.certificate_codes import format_code

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


class LearningPath(TranslatableMixin, models.Model):
    """An ordered list of courses suggested to one staff profile."""

    staff_profile = models.CharField(_("staff profile"), max_length=40, choices=StaffProfile.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=800)
    courses = StreamField(
        [("course", blocks.PageChooserBlock(page_type="training.CoursePage", label=_("Course")))],
        blank=True,
        verbose_name=_("courses"),
    )

    panels = [FieldPanel("staff_profile"), FieldPanel("title"), FieldPanel("description"), FieldPanel("courses")]
    translatable_fields = [
        SynchronizedField("staff_profile"),
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("courses"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")
        constraints = [
            models.UniqueConstraint(fields=["locale", "staff_profile"], name="one_learning_path_per_profile")
        ]

    def __str__(self):
        return self.title
