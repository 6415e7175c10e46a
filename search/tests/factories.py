"""Pages with chosen text in chosen languages, for search tests."""

from wagtail.models import Locale

from home.models import StandardPage
from home.tests.factories import build_site_tree, publish


def build_multilingual_site(languages=("fr", "de", "lv", "el")):
    """The test site tree with a real home page in every code of ``languages``."""
    return build_site_tree(translated_into=languages)


def home_of(site, code):
    return site.home if code == "en" else site.translations[code].home


def text_page(site, code, title, text, slug=None, parent=None):
    """A published standard page in ``code`` whose body is ``text``."""
    parent = parent or home_of(site, code)
    page = StandardPage(
        title=title,
        slug=slug or f"{code}-{abs(hash(title)) % 10**8}",
        locale=Locale.objects.get(language_code=code),
        introduction="",
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"}],
    )
    parent.add_child(instance=page)
    return publish(page)
