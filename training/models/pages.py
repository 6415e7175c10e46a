"""Training's page types: index → course → module → lesson and quiz.

What a page shows beyond its own fields (the trainee's progress) and what it does with a
form lives in ``training.views``, named by dotted path (``portal.routing.ViewsByName``):
the models never import their views.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.admin_forms import LocaleChoicesPageForm
from portal.models import PAGE_TRANSLATABLE_FIELDS
from portal.profiles import StaffProfile
from portal.routing import ViewsByName, call_view
from training.blocks import LessonStreamBlock, QuestionStreamBlock
from training.grading import answer_key
from training.widgets import StaffProfilesWidget


class TrainingIndexPage(ViewsByName, Page):
    introduction = models.TextField(_("Introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]
    subpage_types = ["training.CoursePage"]
    max_count_per_parent = 1
    context_view = "training.views.pages.training_index_context"

    class Meta:
        verbose_name = _("Training index")


class CoursePage(ViewsByName, Page):
    base_form_class = LocaleChoicesPageForm  # taxonomy terms in the page's language only
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
    context_view = "training.views.pages.course_context"

    class Meta:
        verbose_name = _("Course")

    def staff_profile_labels(self):
        labels = dict(StaffProfile.choices)
        return [labels[value] for value in self.staff_profiles if value in labels]


class ModulePage(ViewsByName, Page):
    summary = models.TextField(_("Summary"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("summary")]
    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.LessonPage", "training.QuizPage"]
    context_view = "training.views.pages.outline_context"

    class Meta:
        verbose_name = _("Module")


class LessonPage(ViewsByName, Page):
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
    context_view = "training.views.pages.outline_context"
    serve_view = "training.views.pages.serve_lesson"

    class Meta:
        verbose_name = _("Lesson")


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
        return call_view("training.views.quizzes.quiz_form", request, self)

    @path("result/<uuid:token>/")
    def quiz_result(self, request, token):
        return call_view("training.views.quizzes.quiz_result", request, self, token)
