"""Machine translators Agora can use, beside the ones wagtail-localize ships.

Which one is active is chosen by the ``MACHINE_TRANSLATOR`` environment variable
(see ``portal/settings/base.py`` and ``docs/translation.md``).
"""

from django.utils.module_loading import import_string
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as UpstreamDeepLTranslator
from wagtail_localize.strings import StringValue

from bs4 import BeautifulSoup, NavigableString

from localization.memory import exact_matches, source_hash


def _language(locale):
    return locale.language_code.split("-")[0]


class DeterministicTranslator(BaseMachineTranslator):
    """Marks every text with the target language, keeping HTML intact: ``Hello`` → ``[fr] Hello``.

    For tests and offline demonstrations: the same input always gives the same output,
    and a reader can see at once which text came from the machine.
    """

    display_name = _("Test translator")

    def translate(self, source_locale, target_locale, strings):
        marker = f"[{_language(target_locale)}] "
        return {string: StringValue(self._mark(string.data, marker)) for string in strings}

    @staticmethod
    def _mark(html, marker):
        soup = BeautifulSoup(html, "html.parser")
        for node in soup.descendants:
            if isinstance(node, NavigableString) and node.strip():
                node.replace_with(marker + str(node))
                break
        return str(soup)

    def can_translate(self, source_locale, target_locale):
        return _language(source_locale) != _language(target_locale)


class DeepLTranslator(UpstreamDeepLTranslator):
    """wagtail-localize's DeepL translator, with an endpoint that can be set (``API_URL``).

    The endpoint option serves DeepL's regional or proxy addresses, and lets the contract
    test point the real request at a recording server.
    """

    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()


def machine_of(translator):
    """The machine behind the configured translator, or None when only the memory answers."""
    return getattr(translator, "machine", translator)


class MemoryThenMachine(BaseMachineTranslator):
    """The translation memory first, then a machine for what it lacks: what "Translate with …" runs.

    ``OPTIONS["THEN"]`` is the machine's own configuration (a ``MACHINE_TRANSLATORS`` entry);
    without one, only the memory answers. Exact matches come from ``localization.memory``; the
    segments they fill are renamed "Translation memory" once saved (``memory_receivers``), so the
    editor's marks say which text came from memory and which from the machine.
    """

    def __init__(self, options):
        super().__init__(options)
        then = options.get("THEN")
        self.machine = import_string(then["CLASS"])(then.get("OPTIONS", {})) if then else None

    @property
    def display_name(self):
        if self.machine is None:
            return _("translation memory")
        return format_lazy(_("translation memory, then {machine}"), machine=self.machine.display_name)

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        hashes = {string: source_hash(string.data) for string in strings}
        matches = exact_matches(source_locale, target_locale, hashes.values())
        found = {
            string: StringValue(matches[hashes[string]].target_text) for string in strings if hashes[string] in matches
        }
        rest = [string for string in strings if string not in found]
        if rest and self.machine is not None and self.machine.can_translate(source_locale, target_locale):
            found.update(self.machine.translate(source_locale, target_locale, rest))
        return found

    def can_translate(self, source_locale, target_locale):
        return _language(source_locale) != _language(target_locale)
