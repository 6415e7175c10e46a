"""A segment's inline markup as XLIFF 1.2 inline codes, and back.

wagtail-localize keeps a segment as an HTML fragment (``Read <a id="a1">the guide</a>``).
A CAT tool must not let a translator break those tags, so each element becomes an inline
code it protects: ``<g>`` around content, ``<x/>`` for an empty element such as ``<br>``,
and ``<ph>`` for a placeholder (``%(name)s``, ``{name}``) that must come back unchanged.
Codes are numbered per segment; on the way back only the codes of the segment's source are
accepted, and each becomes the very element (tag and attributes) it stood for, so nothing a
file says can add a tag or an attribute to a page.
"""

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from translate.storage.placeables import StringElem
from translate.storage.placeables import xliff as placeables

PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdif]|\{\w*\}")
# Characters XML 1.0 cannot carry: a pasted control character must not make the download fail.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# XLIFF 1.2's own ctype values where one fits, "x-" values otherwise (the standard allows both).
CTYPES = {"a": "link", "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "br": "lb"}
PAIRED, EMPTY, PLACEHOLDER_CODE = "g", "x", "ph"
# Markers that carry no content of their own: their text is kept, the marker dropped.
TRANSPARENT_MARKERS = {"mrk"}


class MarkupError(ValueError):
    """A target uses an inline code its source does not have, or one this reader cannot map back."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class InlineCode:
    kind: str  # PAIRED, EMPTY or PLACEHOLDER_CODE
    tag: str = ""  # the HTML element's name (paired and empty codes)
    attrs: dict = field(default_factory=dict)
    text: str = ""  # the placeholder's own text


@dataclass
class RichSegment:
    """A segment as translate-toolkit's rich string, with what each of its inline code ids stands for."""

    tree: StringElem
    codes: dict


def rich_segment(html):
    """Parse a segment's HTML (wagtail-localize's ``String.data``) into inline codes."""
    codes = {}
    soup = BeautifulSoup(html, "html.parser")
    return RichSegment(tree=StringElem(_rich_children(soup, codes)), codes=codes)


def _next_id(codes):
    return str(len(codes) + 1)


def _rich_children(node, codes):
    parts = []
    for child in node.children:
        if isinstance(child, Tag):
            parts.append(_rich_element(child, codes))
        else:
            parts.extend(_rich_text(NOT_XML.sub("", str(child)), codes))
    return parts


def _rich_element(element, codes):
    code_id = _next_id(codes)
    ctype = {"ctype": CTYPES.get(element.name, f"x-html-{element.name}")}
    if element.contents or not element.can_be_empty_element:
        codes[code_id] = InlineCode(PAIRED, tag=element.name, attrs=dict(element.attrs))
        return placeables.G(id=code_id, sub=_rich_children(element, codes), xml_attrib=ctype)
    codes[code_id] = InlineCode(EMPTY, tag=element.name, attrs=dict(element.attrs))
    return placeables.X(id=code_id, xml_attrib=ctype)


def _rich_text(text, codes):
    """Plain text, with each placeholder cut out as a ``<ph>`` code that shows its native text."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            parts.append(StringElem(text[position : match.start()]))
        code_id = _next_id(codes)
        codes[code_id] = InlineCode(PLACEHOLDER_CODE, text=match.group())
        parts.append(placeables.Ph(id=code_id, sub=[match.group()], xml_attrib={"ctype": "x-placeholder"}))
        position = match.end()
    if position < len(text):
        parts.append(StringElem(text[position:]))
    return parts


def segment_html(tree, codes):
    """The HTML fragment a rich string (a file's source or target) stands for, given its source's codes.

    Raises ``MarkupError`` on a code the source does not have, or one used as another kind.
    """
    soup = BeautifulSoup("", "html.parser")
    for node in _html_nodes(tree, codes, soup):
        soup.append(node)
    return str(soup)


def _html_nodes(elem, codes, soup):
    if isinstance(elem, str):
        return [NavigableString(elem)] if elem else []
    if type(elem) is StringElem or _is_transparent(elem):
        return [node for sub in elem.sub for node in _html_nodes(sub, codes, soup)]
    code = codes.get(elem.id) if isinstance(elem.id, str) else None
    kind = _kind_of(elem)
    if code is None or code.kind != kind:
        raise MarkupError(_describe(elem, kind))
    if kind == PLACEHOLDER_CODE:
        return [NavigableString(code.text)]
    tag = soup.new_tag(code.tag, attrs=dict(code.attrs))
    if kind == PAIRED:
        for sub in elem.sub:
            for node in _html_nodes(sub, codes, soup):
                tag.append(node)
    return [tag]


def _xml_name(elem):
    node = getattr(elem, "xml_node", None)
    if node is None or not isinstance(node.tag, str):
        return ""
    return node.tag.rsplit("}", 1)[-1]


def _is_transparent(elem):
    return isinstance(elem, placeables.UnknownXML) and _xml_name(elem) in TRANSPARENT_MARKERS


def _kind_of(elem):
    if isinstance(elem, placeables.G):
        return PAIRED
    if isinstance(elem, placeables.X):
        return EMPTY
    if isinstance(elem, placeables.Ph) or _xml_name(elem) == PLACEHOLDER_CODE:
        return PLACEHOLDER_CODE
    return ""


def _describe(elem, kind):
    name = kind or _xml_name(elem) or type(elem).__name__.lower()
    return f'<{name} id="{elem.id}">' if elem.id is not None else f"<{name}>"


def same_text(first, second):
    """Equal but for runs of white space, which a CAT tool may fold when it rewrites a file."""
    return " ".join(first.split()) == " ".join(second.split())
