from django.db import models
from django.utils.translation import gettext_lazy as _


class MemoryUnit(models.Model):
    """One segment translated once, kept for reuse: a source text and its translation in one language pair.

    Units come from published translations (one per segment of a page or snippet, remembered with the
    object's translation key and the segment's path, so that a changed English segment can be offered
    its previous translation) and from TMX files (no object, no path). docs/translation.md, "Memory".
    """

    ORIGIN_PUBLISHED = "published"
    ORIGIN_TMX = "tmx"
    ORIGIN_CHOICES = [(ORIGIN_PUBLISHED, _("Published translation")), (ORIGIN_TMX, _("TMX file"))]

    source_locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    target_locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    source_hash = models.UUIDField(help_text="wagtail-localize's hash of the source text, for exact lookups.")
    source_text = models.TextField()
    target_text = models.TextField()
    translation_key = models.CharField(max_length=36, blank=True, help_text="The object translated; blank for TMX.")
    context_path = models.CharField(max_length=255, blank=True, help_text="The segment's path in that object.")
    origin = models.CharField(max_length=16, choices=ORIGIN_CHOICES, default=ORIGIN_PUBLISHED)
    machine = models.BooleanField(default=False, help_text="The text came from a machine and was published as is.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation memory unit")
        verbose_name_plural = _("translation memory units")
        constraints = [
            models.UniqueConstraint(
                fields=["source_locale", "target_locale", "source_hash", "translation_key", "context_path"],
                name="localization_memory_unit_unique",
            )
        ]
        indexes = [
            models.Index(fields=["source_locale", "target_locale", "source_hash"], name="localization_memory_exact"),
            models.Index(fields=["translation_key", "context_path"], name="localization_memory_segment"),
        ]

    def __str__(self):
        return f"{self.source_text[:40]} → {self.target_text[:40]}"
