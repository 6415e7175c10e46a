"""A translator's inbox: what waits in my languages, oldest first.

An item is one page in one target language that is not up to date: missing (not sent for
translation yet), in progress (with the share of segments done), awaiting review (submitted to
its language's review; reviewers see their languages) or out of date (the English page changed
since). It waits since the English page was last published: that is when the
text the translator must work on appeared. Computed with ``status_rows``, in a fixed number
of queries whatever the number of pages and languages.
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page

from localization.review import reviewer_locales
from localization.status import MISSING, UP_TO_DATE, status_rows
from localization.translator_groups import translator_locales
from portal.languages import source_language_code


@dataclass(frozen=True)
class InboxItem:
    page: Page
    cell: object  # localization.status.Cell
    waiting_since: object  # datetime or None

    @property
    def actionable_by_translators(self):
        """Missing pages wait for an editor to send them; the rest open in the translation editor."""
        return self.cell.status != MISSING


def inbox_locales(user):
    """The languages of ``user``'s translator and reviewer groups; every target language for those in none (editors)."""
    mine = translator_locales(user) + [
        locale for locale in reviewer_locales(user) if locale not in translator_locales(user)
    ]
    if mine:
        return mine
    return list(Locale.objects.exclude(language_code=source_language_code()).order_by("language_code"))


def source_pages(section=None):
    """Live source-language pages below the site roots (or in ``section``), in tree order."""
    pages = Page.objects.live().filter(locale__language_code=source_language_code(), depth__gt=1)
    if section is not None:
        pages = pages.filter(path__startswith=section.path)
    return pages.only("id", "title", "path", "depth", "translation_key", "locale_id", "last_published_at")


def inbox_items(locales, section=None):
    rows = status_rows(source_pages(section).order_by("path"), locales)
    items = [
        InboxItem(page=row.page, cell=cell, waiting_since=row.page.last_published_at)
        for row in rows
        for cell in row.cells
        if cell.status != UP_TO_DATE
    ]
    return sorted(items, key=lambda item: (item.waiting_since is None, item.waiting_since or 0, item.page.path))
