"""What a search asks for: ``SearchParams``, read and clamped from the page's GET parameters."""

import re
from dataclasses import dataclass, field

from portal.languages import language_codes

from . import facets
from .models import MAX_QUERY_LENGTH
from .query import parse

SORTS = ("relevance", "date")


@dataclass
class SearchParams:
    query: str = ""
    language_code: str = ""
    all_languages: bool = False
    types: list = field(default_factory=list)
    facet_values: dict = field(default_factory=dict)
    sort: str = "relevance"
    page_number: str = "1"

    @classmethod
    def from_querydict(cls, data, language_code):
        """Read and clamp the GET parameters; unknown values are dropped, never an error."""
        # PostgreSQL text cannot hold NUL: a forged "\x00" counts as a space (found by tests/test_fuzz.py).
        query = " ".join(data.get("q", "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]
        types = [value for value in data.getlist("type") if value in facets.TYPE_LABELS][:10]
        facet_values = {}
        for name in facets.FACETS:
            values = [value for value in data.getlist(name) if facet_value_is_valid(name, value)][:10]
            if values:
                facet_values[name] = values
        sort = data.get("sort") if data.get("sort") in SORTS else "relevance"
        return cls(
            query=query,
            language_code=language_code,
            all_languages=data.get("languages") == "all",
            types=types,
            facet_values=facet_values,
            sort=sort,
            page_number=data.get("page", "1")[:10],
        )

    def language_codes(self):
        return tuple(language_codes()) if self.all_languages else (self.language_code,)

    @property
    def parsed(self):
        """The query in the readers' syntax, parsed (search/query.py): what every step below uses."""
        return parse(self.query)


def facet_value_is_valid(name, value):
    """Whether a GET value can be a value of the facet (an unknown one is dropped, not an error)."""
    kind = facets.facet_kind(name)
    if kind == "year":
        return bool(re.fullmatch(r"\d{4}", value))
    if kind == "choice":
        return value in facets.choice_labels(name)
    return len(value) <= 100 and bool(re.fullmatch(r"[-\w]+", value))
