"""Send chosen pages into chosen languages from the status report, in steps a browser can follow.

A batch is a list of (page, language) pairs kept in the editor's session. Each request handles
the next ``STEP`` pairs (send, fill from memory, then machine: ``translate_page``) and reports how
far it got, so a batch of a whole section into seven languages shows its progress and never runs
into a request time-out. No worker process is needed, and an interrupted batch resumes where it
stopped. docs/translation.md, "Whole sections".
"""

from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator

from localization.machine_translation import translate_page

SESSION_KEY = "agora_translation_batch"
STEP = 4


def start(session, pages, locales, section_id=None):
    pairs = [[page.pk, locale.pk] for page in sorted(pages, key=lambda page: page.path) for locale in locales]
    session[SESSION_KEY] = {"pairs": pairs, "done": 0, "sent": 0, "skipped": 0, "section": section_id}
    return session[SESSION_KEY]


def current(session):
    return session.get(SESSION_KEY)


def finished(batch):
    return batch["done"] >= len(batch["pairs"])


def step(session, user):
    """Handle the next pairs of the batch; returns it (``None`` when there is none)."""
    batch = current(session)
    if batch is None or finished(batch):
        return batch
    translator = get_machine_translator()
    for page_id, locale_id in batch["pairs"][batch["done"] : batch["done"] + STEP]:
        page = Page.objects.filter(pk=page_id).first()
        locale = Locale.objects.filter(pk=locale_id).first()
        if page is None or locale is None or not page.permissions_for_user(user).can_edit():
            batch["skipped"] += 1  # deleted since, or not this editor's to send
        else:
            translate_page(page.specific, [locale], user, translator)
            batch["sent"] += 1
        batch["done"] += 1
    session[SESSION_KEY] = batch
    return batch


def clear(session):
    session.pop(SESSION_KEY, None)
