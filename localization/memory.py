"""Translation memory: what translators published once is offered again, never retyped.

- ``remember``: when a translated page or snippet is published, each of its translated segments
  becomes a ``MemoryUnit`` of its language pair (source text, translation, the object and the
  segment's path). The latest publication of a segment wins.
- ``fill_from_memory``: when a page is sent for translation (or its English text is synced), a
  segment with no translation yet whose source text is already in the memory for the same language
  pair gets that translation, marked "from translation memory" (a machine-type translation with
  the memory's tool name): the editor shows it as not reviewed, the translator checks it.
- Exact lookups go through wagtail-localize's own hash of the source text, so they stay one
  indexed query per page whatever the memory's size. Nothing crosses language pairs.

Near matches and the previous translation of a changed segment are in ``memory_suggestions``.
"""

from django.db import transaction
from django.utils import timezone

from wagtail_localize.models import String, StringSegment, StringTranslation

from localization.models import MemoryUnit

# Stored in StringTranslation.tool_name; upstream.localized_comment shows it in the admin's language.
MEMORY_TOOL_NAME = "Translation memory"


def source_hash(text):
    return String._get_data_hash(text)


def segments_of(source):
    return StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")


def translations_by_segment(segments, locale):
    """{(string id, context id): StringTranslation} for ``segments`` in ``locale``."""
    found = StringTranslation.objects.filter(
        locale=locale,
        translation_of_id__in={segment.string_id for segment in segments},
        context_id__in={segment.context_id for segment in segments},
    )
    return {(found_one.translation_of_id, found_one.context_id): found_one for found_one in found}


def remember(source, locale):
    """Put every translated segment of ``source`` in ``locale`` into the memory; returns how many.

    In four queries whatever the page's size (segments, their translations, the object's units, one
    bulk write each for new and changed units): the demo loader publishes hundreds of translations.
    """
    segments = list(segments_of(source))
    translations = translations_by_segment(segments, locale)
    key = str(source.object_id)
    existing = {
        (unit.source_hash, unit.context_path): unit
        for unit in MemoryUnit.objects.filter(
            source_locale_id=source.locale_id, target_locale=locale, translation_key=key
        )
    }
    new, changed = {}, []
    for segment in segments:
        translated = translations.get((segment.string_id, segment.context_id))
        if translated is None or translated.has_error or not translated.data.strip():
            continue
        machine = (
            translated.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
            and translated.tool_name != MEMORY_TOOL_NAME
        )
        identity = (segment.string.data_hash, segment.context.path)
        unit = existing.get(identity)
        if unit is None:
            new[identity] = MemoryUnit(
                source_locale_id=source.locale_id,
                target_locale=locale,
                source_hash=segment.string.data_hash,
                source_text=segment.string.data,
                target_text=translated.data,
                translation_key=key,
                context_path=segment.context.path,
                machine=machine,
            )
        elif (unit.target_text, unit.machine) != (translated.data, machine):
            unit.target_text, unit.machine, unit.updated_at = translated.data, machine, timezone.now()
            changed.append(unit)
    with transaction.atomic():
        MemoryUnit.objects.bulk_create(new.values())
        MemoryUnit.objects.bulk_update(changed, ["target_text", "machine", "updated_at"])
    return len(new) + len(changed)


def exact_matches(source_locale, target_locale, hashes):
    """{source hash: the best unit}: a person's translation before a machine's, then the latest."""
    units = MemoryUnit.objects.filter(
        source_locale=source_locale, target_locale=target_locale, source_hash__in=set(hashes)
    ).order_by("machine", "-updated_at", "-pk")
    best = {}
    for unit in units:
        best.setdefault(unit.source_hash, unit)
    return best


def fill_from_memory(translation, user=None):
    """Give each untranslated segment of ``translation`` its exact match from memory; returns how many."""
    source = translation.source
    segments = list(segments_of(source))
    done = translations_by_segment(segments, translation.target_locale)
    pending = [segment for segment in segments if (segment.string_id, segment.context_id) not in done]
    if not pending:
        return 0
    matches = exact_matches(source.locale_id, translation.target_locale_id, [s.string.data_hash for s in pending])
    filled = 0
    with transaction.atomic():
        for segment in pending:
            unit = matches.get(segment.string.data_hash)
            if unit is None:
                continue
            _created = StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": unit.target_text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": MEMORY_TOOL_NAME,
                    "last_translated_by": user,
                },
            )[1]
            filled += _created
    return filled
