"""Machine translators Agora can use, beside the ones wagtail-localize ships.

Which one is active is chosen by the ``MACHINE_TRANSLATOR`` environment variable
(see ``portal/settings/base.py`` and ``docs/translation.md``).
"""

from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as UpstreamDeepLTranslator
from wagtail_localize.strings import StringValue

from bs4 import BeautifulSoup, NavigableString


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
