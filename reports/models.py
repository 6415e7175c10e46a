"""The reports' permissions, and the feedback survey a course ends with.

The survey page lives here rather than in ``training`` so that training never depends on
reports; ``ReportsConfig.ready`` lets a course accept it as a child page.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, models, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from portal.models import PAGE_TRANSLATABLE_FIELDS


class TrainingReportsPermission(models.Model):
    """No rows: it only carries the permissions (Meta.permissions) that groups are given."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_training_reports", _("Can see aggregate training reports")),
            ("view_trainee_data", _("Can see trainee-level training data")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)


class CourseFeedbackField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("reports.CourseFeedbackPage", on_delete=models.CASCADE, related_name="form_fields")

    # The label, help text and choices are translated; the type and the stored name are not,
    # so answers in every language land under the same key.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("clean_name"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")


class CourseFeedbackPage(AbstractForm):
    """A feedback survey at the end of a course; its answers are aggregated in the reports."""

    in_sitemap = False  # only signed-in trainees answer it: visitors are sent to log in

    introduction = models.TextField(_("Introduction"), blank=True, max_length=800)
    thank_you_text = models.TextField(_("Thank-you text"), blank=True, max_length=800)

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
    ]
    parent_page_types = ["training.CoursePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "reports/course_feedback_page.html"
    landing_page_template = "reports/course_feedback_page_landing.html"

    class Meta:
        verbose_name = _("Course feedback survey")

    def get_submission_class(self):
        return CourseFeedbackSubmission

    def already_answered(self, user):
        return CourseFeedbackSubmission.objects.filter(user=user, survey_key=self.translation_key).exists()

    def serve(self, request, *args, **kwargs):
        # Trainees answer once, whatever the language: answers are aggregated per trainee group.
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if self.already_answered(request.user):
            context = self.get_context(request)
            context["already_answered"] = True
            return TemplateResponse(request, self.get_landing_page_template(request), context)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        # A double submit (two tabs, a reload) keeps the first answers: the constraint decides.
        try:
            with transaction.atomic():
                return CourseFeedbackSubmission.objects.create(
                    form_data=form.cleaned_data, page=self, user=form.user, survey_key=self.translation_key
                )
        except IntegrityError:
            return CourseFeedbackSubmission.objects.get(user=form.user, survey_key=self.translation_key)


class CourseFeedbackSubmission(AbstractFormSubmission):
    """One trainee's answers; ``survey_key`` is the survey's translation key, shared by its languages."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    survey_key = models.UUIDField()

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [models.UniqueConstraint(fields=["user", "survey_key"], name="one_feedback_per_survey")]
