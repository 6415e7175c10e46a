"""The same place on the site in another language: for redirecting a trainee to their preferred language."""

from urllib.parse import urlsplit, urlunsplit

from django.http import Http404
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation

from wagtail.models import Locale, Site


def url_in_language(request, url, language_code):
    """``url`` (a local path, with its query) under ``language_code``'s prefix.

    A Wagtail page maps to its translation (slugs differ per language); any other
    view to the same route under the other prefix. Returns ``url`` unchanged when it
    has no language prefix, is already in that language, or has no counterpart.
    """
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return url
    current = translation.get_language_from_path(parts.path)
    if current is None or current == language_code:
        return url
    # The resolver only matches the active language's prefix.
    with translation.override(current):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return url
        if match.url_name == "wagtail_serve":
            page_path = match.args[0] if match.args else match.kwargs.get("path", "")
            path = _page_url_in_language(request, page_path, language_code)
        else:
            path = translate_url(parts.path, language_code)
    if path is None or path == parts.path:
        return url
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def _page_url_in_language(request, path, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        page = site.root_page.localized.specific.route(request, [c for c in path.split("/") if c]).page
        locale = Locale.objects.get(language_code=language_code)
    except (Http404, Locale.DoesNotExist):
        return None
    translated = page.get_translation_or_none(locale)
    if translated is None or not translated.live:
        return None
    return translated.get_url(request)
