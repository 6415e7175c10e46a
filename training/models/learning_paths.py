"""Learning paths: an ordered list of courses suggested to each staff profile, translatable."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.profiles import StaffProfile


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
