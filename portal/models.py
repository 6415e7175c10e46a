"""Shared page building blocks. Apps use these; this module knows no app."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries import countries
from django_countries.fields import CountryField

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


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A library filter term: its name is translated, its slug stays the same in every locale.

    Listings filter on the slug, so a page matches whichever locale's row it points to.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomyTerm):
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]


class Technology(TaxonomyTerm):
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_technology_slug_per_locale")]


class SpaceType(TaxonomyTerm):
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("space type")
        verbose_name_plural = _("space types")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_spacetype_slug_per_locale")]


class Country(TaxonomyTerm):
    """A country: its ISO code is synchronised; its name defaults to django-countries' in the row's language."""

    name = models.CharField(_("name"), max_length=120, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, blank=True, help_text=_("Leave empty to use the ISO code."))
    code = CountryField(_("ISO code"))

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), SynchronizedField("code")]
    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("slug")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_country_slug_per_locale")]

    def save(self, *args, **kwargs):
        if not self.slug and self.code:
            self.slug = str(self.code).lower()
        if not self.name and self.code:
            language = self.locale.language_code if self.locale_id else None
            with translation.override(language):
                self.name = str(countries.name(self.code))
        super().save(*args, **kwargs)
