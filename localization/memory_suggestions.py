"""What the memory offers a translator for one translation, segment by segment.

- Near matches: units of the same language pair whose source text is at least ``THRESHOLD`` %
  similar (rapidfuzz's normalised Indel ratio on the text without its tags, case-folded), best
  first, each with its score and where it came from.
- The previous translation: when the English text of a segment changed, the translation of its
  earlier text (same object, same segment path) is offered, whatever its score.

Nothing crosses language pairs: only units from the translation's source language into its target
language are read. Offered is not applied: the translator picks one (``apply_unit``), and it is
marked "from translation memory" until they confirm it in the editor.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction

from wagtail_localize.models import StringTranslation

from rapidfuzz import fuzz, process, utils

from localization.memory import MEMORY_TOOL_NAME, segments_of, translations_by_segment
from localization.models import MemoryUnit

THRESHOLD = 75
PER_SEGMENT = 3
TAG = re.compile(r"<[^>]+>")


def plain(html):
    return utils.default_process(TAG.sub(" ", html))


@dataclass(frozen=True)
class Suggestion:
    unit: MemoryUnit
    score: int
    previous: bool = False  # the translation of this segment's earlier English text


@dataclass
class SegmentSuggestions:
    segment: object  # wagtail_localize.models.StringSegment
    current: object  # its StringTranslation, or None
    suggestions: list = field(default_factory=list)

    @property
    def from_memory(self):
        return self.current is not None and self.current.tool_name == MEMORY_TOOL_NAME


def _near_matches(text, units, choices):
    matches = process.extract(plain(text), choices, scorer=fuzz.ratio, score_cutoff=THRESHOLD, limit=PER_SEGMENT * 2)
    return [Suggestion(units[index], round(score)) for _choice, score, index in matches]


def suggestions_for(translation):
    """Every segment of ``translation`` that the memory has something for, in page order."""
    source = translation.source
    segments = list(segments_of(source))
    current = translations_by_segment(segments, translation.target_locale)
    units = list(
        MemoryUnit.objects.filter(source_locale_id=source.locale_id, target_locale_id=translation.target_locale_id)
    )
    choices = [plain(unit.source_text) for unit in units]
    earlier = {}
    for unit in units:
        if unit.translation_key == str(source.object_id):
            earlier.setdefault(unit.context_path, []).append(unit)
    found = []
    for segment in segments:
        translated = current.get((segment.string_id, segment.context_id))
        offered = [
            Suggestion(unit, round(fuzz.ratio(plain(segment.string.data), plain(unit.source_text))), previous=True)
            for unit in earlier.get(segment.context.path, [])
            if unit.source_hash != segment.string.data_hash
        ]
        offered += _near_matches(segment.string.data, units, choices)
        seen, kept = set(), []
        for suggestion in sorted(offered, key=lambda s: (not s.previous, -s.score, s.unit.machine)):
            text = suggestion.unit.target_text
            if text in seen or (translated is not None and translated.data == text):
                continue
            seen.add(text)
            kept.append(suggestion)
        if kept:
            found.append(SegmentSuggestions(segment, translated, kept[:PER_SEGMENT]))
    return found


def apply_unit(translation, segment, unit, user):
    """Put ``unit``'s text into ``segment`` of ``translation``, marked as from memory; refuses a foreign unit."""
    if segment.source_id != translation.source_id:
        raise ValueError("The segment is not part of this translation.")
    if (unit.source_locale_id, unit.target_locale_id) != (translation.source.locale_id, translation.target_locale_id):
        raise ValueError("The unit is for another language pair.")
    with transaction.atomic():
        StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            locale_id=translation.target_locale_id,
            context_id=segment.context_id,
            defaults={
                "data": unit.target_text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": MEMORY_TOOL_NAME,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )
