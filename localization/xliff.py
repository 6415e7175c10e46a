"""XLIFF 1.2 files of a wagtail-localize translation, for translators who work in CAT tools.

memoQ, Trados or Phrase exchange XLIFF, not PO. A file holds one ``<file>`` whose
``original`` is the translation's uuid, with the BCP 47 codes of its source and target
languages, and one ``trans-unit`` per segment, identified by the segment's context path
(stable across downloads). Markup and placeholders travel as inline codes
(``localization.xliff_markup``).

Reading a file back checks everything first and writes nothing unless all of it is sound;
the targets then go through wagtail-localize's own ``Translation.import_po``, as a PO file
with the layout ``Translation.export_po`` gives, inside a transaction. XLIFF 2.0 is not
offered: translate-toolkit reads and writes its units but maps none of its inline codes
(``<pc>``, ``<ph>``) to placeables, so markup would have to be handled by hand.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue, validate_translation_links

import polib
from lxml import etree
from translate.misc.xml_helpers import parse_xml
from translate.storage import xliff

from localization.xliff_markup import MarkupError, rich_segment, same_text, segment_html

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF_VERSION = "1.2"
CONTENT_TYPE = "application/x-xliff+xml"
DATATYPE = "html"  # a segment is an HTML fragment
TOOL_NAME = "XLIFF file"
STATE_TRANSLATED = "translated"
STATE_TO_REVIEW = "needs-review-translation"
STATE_TO_TRANSLATE = "needs-translation"
# Errors translate-toolkit may raise on a file that passed the checks on its root.
TOOLKIT_ERRORS = (ValueError, TypeError, KeyError, AssertionError, StopIteration, etree.LxmlError)


class XliffUnit(xliff.Xliff1Unit):
    namespace = XLIFF_NAMESPACE


class XliffFile(xliff.Xliff1File):
    """translate-toolkit's XLIFF store, writing version 1.2 (its default skeleton says 1.1)."""

    UnitClass = XliffUnit
    namespace = XLIFF_NAMESPACE
    XMLskeleton = (
        f'<?xml version="1.0" ?><xliff version="{XLIFF_VERSION}" xmlns="{XLIFF_NAMESPACE}">'
        f'<file original="NoName" source-language="en" datatype="{DATATYPE}"><body></body></file></xliff>'
    )


class XliffRefused(Exception):
    """An uploaded file that cannot be applied; ``message`` says why, in the user's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Segment:
    path: str
    source: str  # the source string's HTML (wagtail-localize's String.data)
    target: str | None
    state: str


def bcp47(language_code):
    """A Django/Wagtail language code as a BCP 47 tag: ``pt-br`` → ``pt-BR``."""
    language, _sep, region = language_code.replace("_", "-").partition("-")
    return f"{language.lower()}-{region.upper()}" if region else language.lower()


def _state(string_translation):
    if string_translation is None:
        return STATE_TO_TRANSLATE
    if string_translation.has_error or string_translation.translation_type == "machine":
        return STATE_TO_REVIEW
    return STATE_TRANSLATED


def translation_segments(translation):
    """The translation's segments in page order, each with its current translation and XLIFF state."""
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id, context__object_id=translation.source.object_id
        ).only("translation_of_id", "context_id", "data", "translation_type", "has_error")
    }
    segments = []
    for segment in (
        StringSegment.objects.filter(source_id=translation.source_id)
        .order_by("order")
        .select_related("context", "string")
    ):
        current = existing.get((segment.string_id, segment.context_id))
        segments.append(
            Segment(
                path=segment.context.path,
                source=segment.string.data,
                target=current.data if current is not None else None,
                state=_state(current),
            )
        )
    return segments


def export_xliff(translation):
    """The translation as an XLIFF 1.2 file (bytes, UTF-8): every segment, translated or not."""
    store = XliffFile(
        sourcelanguage=bcp47(translation.source.locale.language_code),
        targetlanguage=bcp47(translation.target_locale.language_code),
    )
    original = str(translation.uuid)
    store.switchfile(original, createifmissing=True)
    for segment in translation_segments(translation):
        _add_unit(store, original, segment)
    return bytes(store)


def _add_unit(store, original, segment):
    unit = store.addsourceunit("", filename=original)
    unit.setid(segment.path)
    source = rich_segment(segment.source)
    unit.rich_source = [source.tree]
    target_tree, _codes = target_codes(segment, source)
    unit.set_rich_target([target_tree], lang=store.gettargetlanguage())
    unit.get_target_dom().set("state", segment.state)
    if segment.state == STATE_TO_REVIEW:
        unit.get_target_dom().set("state-qualifier", "mt-suggestion")


def target_codes(segment, source):
    """The current target as a rich string numbered after its source, with the codes it uses.

    A code the source also has keeps the source's id (a CAT tool pairs the tags of both sides
    by id, and a reordered translation keeps its tags); one the source lacks (a translator may
    add ``<b>`` in the editor) gets the next free id. The numbering depends only on the two
    strings, so reading the file back finds the same ids.
    """
    target = rich_segment(segment.target or "")
    free = dict(source.codes)
    mapping = {}
    for code_id, code in target.codes.items():
        match = next((key for key, candidate in free.items() if candidate == code), None)
        if match is not None:
            mapping[code_id] = match
            del free[match]
    next_id = len(source.codes)
    for code_id in target.codes:
        if code_id not in mapping:
            next_id += 1
            mapping[code_id] = str(next_id)
    for elem in target.tree.depth_first():
        if elem is not target.tree and getattr(elem, "id", None) in mapping:
            elem.id = mapping[elem.id]
    codes = dict(source.codes)
    codes.update({mapping[code_id]: code for code_id, code in target.codes.items()})
    return target.tree, codes


def xliff_filename(translation):
    """``<page slug>-<target language>.xlf``; a snippet has no slug: its name, slugified."""
    instance = translation.source.get_source_instance()
    name = getattr(instance, "slug", "") or slugify(translation.source.object_repr) or "translation"
    return f"{name}-{bcp47(translation.target_locale.language_code)}.xlf"


def read_xliff(translation, content):
    """Check an uploaded file against the translation and return its targets as a PO file.

    Raises ``XliffRefused`` on anything that does not fit; writes nothing.
    """
    root = _parse_root(content)
    _check_file_element(translation, root)
    store = _parse_store(content)
    segments = {segment.path: segment for segment in translation_segments(translation)}
    po = polib.POFile(wrapwidth=200)
    po.metadata = {
        "Content-Type": "text/plain; charset=utf-8",
        "X-WagtailLocalize-TranslationID": str(translation.uuid),
    }
    seen = set()
    for unit in store.units:
        unit_id = unit.xmlelement.get("id") or ""
        if unit_id in seen:
            raise XliffRefused(_("The segment “%(id)s” appears more than once in this file.") % {"id": unit_id})
        seen.add(unit_id)
        segment = segments.get(unit_id)
        if segment is None:
            raise XliffRefused(_unknown_segment(unit_id))
        target = _unit_target(unit, segment)
        if target:
            po.append(polib.POEntry(msgctxt=segment.path, msgid=segment.source, msgstr=target))
    return po


def _unknown_segment(unit_id):
    return _(
        "The segment “%(id)s” does not exist in this translation. "
        "The page may have changed since the file was downloaded: download it again."
    ) % {"id": unit_id}


def _parse_root(content):
    try:
        root = parse_xml(content)
    except (etree.LxmlError, ValueError, TypeError) as error:
        raise XliffRefused(_("This file is not valid XML, so it cannot be an XLIFF file.")) from error
    if root.getroottree().docinfo.doctype:
        raise XliffRefused(_("This file declares a document type, which an XLIFF file must not do."))
    if root.tag != f"{{{XLIFF_NAMESPACE}}}xliff" or root.get("version") != XLIFF_VERSION:
        raise XliffRefused(_("This file is not an XLIFF 1.2 file."))
    return root


def _check_file_element(translation, root):
    files = root.findall(f"{{{XLIFF_NAMESPACE}}}file")
    if len(files) != 1:
        raise XliffRefused(_("An XLIFF file for Agora holds exactly one translation (one <file> element)."))
    file_element = files[0]
    if file_element.get("original") != str(translation.uuid):
        raise XliffRefused(
            _("This file was made for another translation. Download the file of this page and language.")
        )
    _check_language(file_element.get("source-language"), translation.source.locale, source=True)
    _check_language(file_element.get("target-language"), translation.target_locale, source=False)


def _check_language(found, locale, *, source):
    """The file's language must be the locale's; a region added by a CAT tool (fr-FR for fr) is accepted."""
    expected = bcp47(locale.language_code)
    found_tag = bcp47(found or "")
    if found_tag == expected or (found_tag.startswith(f"{expected}-") and "-" not in expected):
        return
    values = {"found": found or "—", "expected": expected}
    if source:
        raise XliffRefused(_("The file's source language is %(found)s, not %(expected)s.") % values)
    raise XliffRefused(_("The file's target language is %(found)s, not %(expected)s.") % values)


def _parse_store(content):
    try:
        return XliffFile(content)
    except TOOLKIT_ERRORS as error:
        raise XliffRefused(_("This XLIFF file cannot be read.")) from error


def _unit_target(unit, segment):
    """The unit's target as segment HTML, checked like the translation editor checks it; "" when empty."""
    source = rich_segment(segment.source)
    _current, codes = target_codes(segment, source)
    try:
        file_source = segment_html(unit.rich_source[0], source.codes)
    except MarkupError:
        file_source = None
    if file_source is None or not same_text(file_source, segment_html(source.tree, source.codes)):
        raise XliffRefused(
            _("The source text of the segment “%(id)s” has changed since the file was downloaded: download it again.")
            % {"id": segment.path}
        )
    if unit.get_target_dom() is None:
        return ""
    try:
        target = segment_html(unit.rich_target[0], codes)
        if target.strip():
            StringValue.from_translated_html(target)
            validate_translation_links(segment.source, target)
    except MarkupError as error:
        raise XliffRefused(
            _("The translation of the segment “%(id)s” contains markup that its source does not have: %(code)s.")
            % {"id": segment.path, "code": error.code}
        ) from error
    except ValueError as error:
        raise XliffRefused(
            _("The translation of the segment “%(id)s” is not valid: %(error)s") % {"id": segment.path, "error": error}
        ) from error
    return target if target.strip() else ""


def import_xliff(translation, content, user):
    """Apply an uploaded file's targets, all or nothing; return how many segments it translated.

    Raises ``XliffRefused`` and changes nothing when any part of the file is refused.
    """
    po = read_xliff(translation, content)
    with transaction.atomic():
        warnings = translation.import_po(po, user=user, tool_name=TOOL_NAME)
        if warnings:  # read_xliff checked every unit: a warning here means the data changed meanwhile
            raise XliffRefused(_unknown_segment(po[warnings[0].index].msgctxt))
    return len(po)
