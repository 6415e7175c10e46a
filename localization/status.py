"""Translation status of pages by locales, computed in a fixed number of queries.

A cell is one of:

- ``missing``: no translation yet (no page, or an alias that shows the source content);
- ``in_progress``: a translation exists but not every segment is translated, or it is
  not published with its latest changes;
- ``outdated``: the source page was published after its text was last sent to
  translators, so the translation lacks the newest changes;
- ``in_review``: in progress, and submitted to its language's review workflow: it waits
  for a reviewer (localization/review.py);
- ``up_to_date``: every segment translated and published since the last sync.
"""

from dataclasses import dataclass, replace

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from localization.glossary import flag_counts

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
IN_REVIEW = "in_review"  # submitted to the language's review workflow (localization/review.py)

STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUTDATED: _("Out of date"),
    IN_REVIEW: _("Awaiting review"),
    UP_TO_DATE: _("Up to date"),
}
ACTION_LABELS = {
    MISSING: _("Translate"),
    IN_PROGRESS: _("Continue translating"),
    OUTDATED: _("Sync with the source"),
    IN_REVIEW: pgettext_lazy("translation status: what a reviewer does next", "Review"),
    UP_TO_DATE: _("Edit translation"),
}


@dataclass(frozen=True)
class Cell:
    locale: Locale
    status: str
    percent: int | None
    url: str
    translation_id: int | None = None  # wagtail-localize's Translation, once the page was sent
    glossary_flags: int = 0  # segments that render a glossary term another way (localization.glossary)

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def action(self):
        return ACTION_LABELS[self.status]


@dataclass(frozen=True)
class Row:
    page: Page
    depth: int
    cells: list


def section_pages(section):
    """The section's page and its descendants, in the section's (source) locale, in tree order."""
    return Page.objects.filter(locale_id=section.locale_id, path__startswith=section.path).order_by("path")


def status_rows(pages, target_locales):
    """One row per page (a list or a sliced queryset of source pages), one cell per target locale."""
    pages = list(pages)
    if not pages:
        return []
    keys = [page.translation_key for page in pages]
    locale_ids = [locale.pk for locale in target_locales]

    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).values(
            "id", "translation_key", "locale_id", "alias_of_id", "live", "has_unpublished_changes"
        )
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale_id=pages[0].locale_id).only(
            "id", "object_id", "last_updated_at"
        )
    }
    source_ids = [source.pk for source in sources.values()]
    translations = {
        (row["source_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(source_id__in=source_ids, target_locale_id__in=locale_ids).values(
            "id", "source_id", "target_locale_id", "enabled"
        )
    }
    segment_totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values_list("source_id")
        .annotate(total=Count("id"))
        .values_list("source_id", "total")
    )
    translated = {
        (row["source_id"], row["locale_id"]): row["done"]
        for row in StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
            string__translations__locale_id__in=locale_ids,
        )
        .values("source_id", locale_id=F("string__translations__locale_id"))
        .annotate(done=Count("id"))
    }

    flags = flag_counts(source_ids, target_locales)
    in_review = in_review_page_ids([target["id"] for target in targets.values()])
    base_depth = min(page.depth for page in pages)
    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        cells = []
        for locale in target_locales:
            target = targets.get((page.translation_key, locale.pk))
            translation = translations.get((source.pk, locale.pk)) if source else None
            cell = _cell(page, locale, target, source, translation, segment_totals, translated)
            if cell.status == IN_PROGRESS and target["id"] in in_review:
                cell = replace(cell, status=IN_REVIEW, percent=None)
            flagged = flags.get((source.pk, locale.pk), 0) if source else 0
            cells.append(replace(cell, glossary_flags=flagged) if flagged else cell)
        rows.append(Row(page=page, depth=page.depth - base_depth, cells=cells))
    return rows


def in_review_page_ids(page_ids):
    """The pages among ``page_ids`` that wait in a workflow (a translation submitted for review)."""
    if not page_ids:
        return set()
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page_id) for page_id in page_ids],
    )
    return {int(object_id) for object_id in states.values_list("object_id", flat=True)}


def _cell(page, locale, target, source, translation, segment_totals, translated):
    # wagtail-localize ticks the language named by ``select_locale`` (its code).
    submit_url = (
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]) + f"?select_locale={locale.language_code}"
    )
    if target is None or (target["alias_of_id"] and translation is None):
        return Cell(locale, MISSING, None, submit_url)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
    if source is None or translation is None:
        # A translation made outside wagtail-localize (copied and edited by hand).
        status = UP_TO_DATE if target["live"] and not target["has_unpublished_changes"] else IN_PROGRESS
        return Cell(locale, status, None, edit_url)
    if page.last_published_at and page.last_published_at > source.last_updated_at:
        return Cell(
            locale, OUTDATED, None, reverse("wagtail_localize:update_translations", args=[source.pk]), translation["id"]
        )
    total = segment_totals.get(source.pk, 0)
    done = translated.get((source.pk, locale.pk), 0)
    percent = 100 if total == 0 else min(100, round(100 * done / total))
    finished = done >= total and target["live"] and not target["has_unpublished_changes"]
    status = UP_TO_DATE if finished else IN_PROGRESS
    return Cell(locale, status, None if finished else percent, edit_url, translation["id"])
