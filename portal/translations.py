"""Which translations of a page a visitor can be offered, and how to link them.

An alias page (created by wagtail-localize's tree sync for a page not translated
yet) counts as "not translated": it is marked in the switcher, left out of the
hreflang alternates, and its canonical link points to the source page.
"""

import functools
from dataclasses import dataclass

from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from portal.languages import all_languages


@dataclass
class PageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def is_untranslated(page):
    return page.alias_of_id is not None


def page_versions(page, request):
    """One entry per language in which this page exists (live), in the setting's order."""
    pages = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("id", "url_path", "alias_of_id", "locale__language_code", "path", "depth")
    )
    by_code = {p.locale.language_code: p for p in pages}
    current = get_language()
    # A routable page's sub-route (a quiz result) is kept when switching language.
    own_url = page.get_url(request) or ""
    subpath = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""
    versions = []
    for language in all_languages():
        version = by_code.get(language.code)
        if version is None:
            continue
        url = version.get_url(request)
        if url is None:
            continue
        url += subpath
        versions.append(
            PageVersion(
                code=language.code,
                name=language.name,
                url=url,
                is_current=language.code == current,
                is_translated=not is_untranslated(version),
            )
        )
    return versions


@functools.lru_cache(maxsize=4096)
def path_in_language(path, language_code):
    """``translate_url`` (a resolve and a reverse, ~0.3 ms each here), remembered: the answer
    depends only on the URL configuration, fixed for the process."""
    return translate_url(path, language_code)


def view_versions(request):
    """Versions of a non-page view (search, accounts): the same path under each prefix."""
    current = get_language()
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for language in all_languages():
        url = path_in_language(request.path, language.code)
        if query:
            url = f"{url}?{query}"
        versions.append(PageVersion(language.code, language.name, url, language.code == current, True))
    return versions


def canonical_page(page):
    """The page whose URL is canonical: the source page for an alias."""
    if is_untranslated(page):
        return page.alias_of
    return page
