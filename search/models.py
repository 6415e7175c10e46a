from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

MAX_QUERY_LENGTH = 200


def normalise_query(query):
    """The form a query is logged and promoted under: case-folded, spaces collapsed."""
    return " ".join(query.split()).casefold()[:MAX_QUERY_LENGTH]


class Promotion(models.Model):
    """A page editors put above the results of one query in one language."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, verbose_name=_("language"))
    query = models.CharField(
        _("query"),
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Shown when a visitor searches for exactly these words (case and spacing do not matter)."),
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, verbose_name=_("page"), related_name="+")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = models.TextField(_("description"), blank=True, help_text=_("Replaces the page's own summary."))

    panels = [
        FieldPanel("locale"),
        FieldPanel("query"),
        FieldPanel("page"),
        FieldPanel("sort_order"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["locale", "query", "sort_order"]
        verbose_name = _("search promotion")
        verbose_name_plural = _("search promotions")
        constraints = [models.UniqueConstraint(fields=["locale", "query", "page"], name="unique_promotion_per_query")]
        indexes = [models.Index(fields=["locale", "query"])]

    def __str__(self):
        return f"{self.query} → {self.page.title}"

    def save(self, *args, **kwargs):
        self.query = normalise_query(self.query)
        super().save(*args, **kwargs)


class LoggedQuery(models.Model):
    """One search made on the public site (autocomplete keystrokes are not logged)."""

    language_code = models.CharField(_("language"), max_length=16, db_index=True)
    query = models.CharField(_("query"), max_length=MAX_QUERY_LENGTH)
    hits = models.PositiveIntegerField(_("results"))
    searched_at = models.DateTimeField(_("searched at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("logged search")
        verbose_name_plural = _("logged searches")
        indexes = [models.Index(fields=["language_code", "query"])]
        permissions = [("view_search_report", _("Can see the search report"))]

    def __str__(self):
        return self.query
