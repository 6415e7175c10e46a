"""Shared page building blocks. Apps use these; this module knows no app."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Fields every Agora page translates or keeps in sync; page models extend this list.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


class Domain(TranslatableMixin, models.Model):
    """One of the four training domains; a translatable snippet shared by training and the library."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.TextField(_("description"), blank=True)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), TranslatableField("description")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("training domain")
        verbose_name_plural = _("training domains")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_domain_slug_per_locale")]

    def __str__(self):
        return self.name
