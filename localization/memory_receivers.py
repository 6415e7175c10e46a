"""When the memory learns and when it fills, as signal receivers (connected in ``LocalizationConfig.ready``).

- A translation is created (a page sent for translation) or its source is synced after the English
  page changed: exact matches fill the segments still untranslated.
- A translated page or snippet is published (by its translator, or by a reviewer approving it): its
  segments are remembered.
- "Translate with translation memory, then …" saved every segment under the chain's name: each is
  renamed after what really produced it, the memory or the machine.
"""

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from localization.machine_translators import MemoryThenMachine
from localization.memory import MEMORY_TOOL_NAME, exact_matches, fill_from_memory, remember


def fill_new_translation(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.enabled:
        fill_from_memory(instance)


def fill_after_sync(sender, instance, created, raw=False, **kwargs):
    """``TranslationSource.update_from_db`` saved the source: new English segments may be in memory."""
    if created or raw:
        return
    for translation in Translation.objects.filter(source=instance, enabled=True).select_related("source"):
        fill_from_memory(translation)


def _remember_object(translation_key, locale_id):
    for translation in Translation.objects.filter(
        source__object_id=translation_key, target_locale_id=locale_id
    ).select_related("source", "target_locale"):
        remember(translation.source, translation.target_locale)


def remember_published(sender, instance, **kwargs):
    """``page_published`` and ``published`` (snippets with drafts): a translation went live."""
    translation_key = getattr(instance, "translation_key", None)
    if translation_key is not None and getattr(instance, "locale_id", None) is not None:
        _remember_object(translation_key, instance.locale_id)


def remember_saved_snippet(sender, instance, created, raw=False, **kwargs):
    """Snippets without drafts are live as soon as wagtail-localize saves them (a log without a revision)."""
    if created and not raw and instance.revision_id is None:
        _remember_object(instance.source.object_id, instance.locale_id)


def name_chain_translations(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.translation_type != StringTranslation.TRANSLATION_TYPE_MACHINE:
        return
    translator = get_machine_translator()
    if not isinstance(translator, MemoryThenMachine) or instance.tool_name != str(translator.display_name):
        return
    string = instance.translation_of
    unit = exact_matches(string.locale_id, instance.locale_id, [string.data_hash]).get(string.data_hash)
    if unit is not None and unit.target_text == instance.data:
        tool_name = MEMORY_TOOL_NAME
    else:
        tool_name = str(translator.machine.display_name) if translator.machine else ""
    StringTranslation.objects.filter(pk=instance.pk).update(tool_name=tool_name)
    instance.tool_name = tool_name


def connect():
    from django.db.models.signals import post_save

    from wagtail.signals import page_published, published
    from wagtail_localize.models import TranslationSource

    post_save.connect(fill_new_translation, sender=Translation, dispatch_uid="memory_fill_new_translation")
    post_save.connect(fill_after_sync, sender=TranslationSource, dispatch_uid="memory_fill_after_sync")
    post_save.connect(name_chain_translations, sender=StringTranslation, dispatch_uid="memory_name_chain")
    post_save.connect(remember_saved_snippet, sender=TranslationLog, dispatch_uid="memory_remember_snippet")
    page_published.connect(remember_published, dispatch_uid="memory_remember_page")
    published.connect(remember_published, dispatch_uid="memory_remember_snippet_published")
