"""The translation memory in and out as TMX 1.4, the format CAT tools (memoQ, Trados, Phrase) keep memories in.

Written and read with translate-toolkit (its parser resolves no entity and fetches nothing). A file
goes out per language pair (English to one language); one coming in may hold several target
languages. Segments keep their inline HTML as text (``datatype="html"``), as wagtail-localize
stores it, so links and markup come back unchanged. A file is read whole and checked before
anything is stored: one bad unit refuses the file (``TMXError``, a translated message).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from lxml import etree
from translate.misc.xml_helpers import getXMLlang
from translate.storage.tmx import tmxfile

from localization.memory import source_hash
from localization.models import MemoryUnit

MAX_BYTES = 5 * 1024 * 1024
MAX_UNITS = 20_000
MAX_SEGMENT_CHARS = 10_000


class TMXError(ValueError):
    """The file cannot be imported; the message says why, in the reader's language."""


@dataclass(frozen=True)
class ImportedUnit:
    target_locale: Locale
    source_text: str
    target_text: str


def _language(tag):
    return (tag or "").replace("_", "-").split("-")[0].lower()


def export_tmx(source_locale, target_locale):
    """The memory of one language pair as TMX bytes; the note of each unit says where it came from."""
    source_code, target_code = source_locale.language_code, target_locale.language_code
    store = tmxfile(sourcelanguage=source_code, targetlanguage=target_code)
    header = store.document.getroot().find("header")
    header.set("datatype", "html")
    header.set("creationtool", "Agora")
    units = MemoryUnit.objects.filter(source_locale=source_locale, target_locale=target_locale).order_by("pk")
    for unit in units.iterator():
        note = f"{unit.origin}:{unit.translation_key}:{unit.context_path}" if unit.translation_key else unit.origin
        store.addtranslation(unit.source_text, source_code, unit.target_text, target_code, note)
    return bytes(store)


def _refuse_entities(data):
    """A TMX file from a CAT tool declares no entity; one that does could expand into gigabytes (XML bombs)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    doctype = etree.fromstring(data, parser).getroottree().docinfo.internalDTD
    if doctype is not None and any(True for _entity in doctype.iterentities()):
        raise TMXError(_("The file declares XML entities, which Agora does not read. Export it again as plain TMX."))


def _parse(data):
    if not data:
        raise TMXError(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise TMXError(_("The file is larger than 5 MB. Split the memory into several files."))
    try:
        _refuse_entities(data)
        store = tmxfile.parsestring(data)
    except TMXError:
        raise
    except Exception as error:  # translate-toolkit raises lxml errors and AssertionError for other XML
        raise TMXError(_("This is not a TMX file: it could not be read as TMX 1.4.")) from error
    if store.document.getroot().tag != "tmx":
        raise TMXError(_("This is not a TMX file: it could not be read as TMX 1.4."))
    return store


def read_tmx(data, source_locale):
    """Every unit of a TMX file as (target locale, source, target); raises ``TMXError`` on anything wrong."""
    store = _parse(data)
    source_language = _language(source_locale.language_code)
    if _language(store.sourcelanguage) not in {source_language, "*all*"}:
        raise TMXError(
            _("The file's source language is %(found)s; Agora translates from %(expected)s.")
            % {"found": store.sourcelanguage or "?", "expected": source_language}
        )
    locales = {_language(locale.language_code): locale for locale in Locale.objects.exclude(pk=source_locale.pk)}
    if len(store.units) > MAX_UNITS:
        raise TMXError(_("The file holds too many units (at most %(limit)s). Split it.") % {"limit": MAX_UNITS})
    imported = []
    for number, unit in enumerate(store.units, start=1):
        texts = {_language(getXMLlang(node)): unit.getNodeText(node) or "" for node in unit.getlanguageNodes()}
        source_text = texts.pop(source_language, "").strip()
        if not source_text:
            raise TMXError(_("Unit %(number)s has no text in the source language.") % {"number": number})
        unknown = sorted(code for code in texts if code not in locales)
        if unknown:
            raise TMXError(
                _("Unit %(number)s is in a language this site does not have: %(languages)s.")
                % {"number": number, "languages": ", ".join(unknown)}
            )
        for code, target_text in texts.items():
            if max(len(source_text), len(target_text)) > MAX_SEGMENT_CHARS:
                raise TMXError(_("Unit %(number)s is too long.") % {"number": number})
            if target_text.strip():
                imported.append(ImportedUnit(locales[code], source_text, target_text.strip()))
    if not imported:
        raise TMXError(_("The file holds no translation Agora can use."))
    return imported


def import_tmx(data, source_locale):
    """Store a TMX file's units in the memory (a unit with the same source replaces its text); returns how many."""
    units = read_tmx(data, source_locale)
    with transaction.atomic():
        for unit in units:
            MemoryUnit.objects.update_or_create(
                source_locale=source_locale,
                target_locale=unit.target_locale,
                source_hash=source_hash(unit.source_text),
                translation_key="",
                context_path="",
                defaults={
                    "source_text": unit.source_text,
                    "target_text": unit.target_text,
                    "origin": MemoryUnit.ORIGIN_TMX,
                },
            )
    return len(units)
