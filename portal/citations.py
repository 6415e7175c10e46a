""" "Cite this": one citation in plain text, BibTeX and RIS, for case studies and resources."""

import re
from dataclasses import dataclass, field

from django.utils.text import slugify

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def one_line(text):
    """Collapse whitespace: BibTeX fields and RIS tags hold a single line."""
    return re.sub(r"\s+", " ", str(text or "")).strip()


def bibtex_escape(text):
    return "".join(BIBTEX_SPECIAL.get(character, character) for character in one_line(text))


@dataclass
class Citation:
    """What a citation needs; ``bibtex_type`` and ``ris_type`` name the kind of work."""

    key: str
    title: str
    author: str  # a corporate author: the publisher
    year: int | None
    url: str
    bibtex_type: str = "misc"
    ris_type: str = "GEN"
    kind: str = ""  # e.g. "Case study" or "Report", in the visitor's language
    place: str = ""
    language: str = ""
    extra: dict = field(default_factory=dict)

    def plain_text(self):
        parts = [f"{one_line(self.author)} ({self.year})." if self.year else f"{one_line(self.author)}."]
        title = one_line(self.title)
        parts.append(f"{title} [{one_line(self.kind)}]." if self.kind else f"{title}.")
        if self.place:
            parts.append(f"{one_line(self.place)}.")
        parts.append(self.url)
        return " ".join(parts)

    def bibtex(self):
        fields = [("title", self.title), ("author", None), ("year", self.year), ("howpublished", self.kind)]
        fields += [("address", self.place), ("language", self.language), ("url", None)]
        lines = [f"@{self.bibtex_type}{{{bibtex_key(self.key)},"]
        for name, value in fields:
            if name == "author":
                # Double braces: a corporate author, not "Last, First".
                lines.append(f"  author = {{{{{bibtex_escape(self.author)}}}}},")
            elif name == "url":
                lines.append(f"  url = {{{one_line(self.url)}}},")
            elif value:
                lines.append(f"  {name} = {{{bibtex_escape(value)}}},")
        lines[-1] = lines[-1].rstrip(",")
        lines.append("}")
        return "\n".join(lines)

    def ris(self):
        lines = [f"TY  - {self.ris_type}", f"TI  - {one_line(self.title)}", f"AU  - {one_line(self.author)}"]
        if self.year:
            lines.append(f"PY  - {self.year}")
        if self.place:
            lines.append(f"CY  - {one_line(self.place)}")
        if self.language:
            lines.append(f"LA  - {one_line(self.language)}")
        lines += [f"PB  - {one_line(self.author)}", f"UR  - {one_line(self.url)}", "ER  - "]
        return "\n".join(lines)


def bibtex_key(text):
    """An ASCII citation key: BibTeX keys may not hold spaces, commas or braces."""
    return slugify(text).replace("-", "_") or "agora"
