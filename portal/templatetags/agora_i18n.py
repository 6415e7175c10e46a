from django import template
from django.utils.translation import get_language

from portal import translations
from portal.languages import get_language_info, source_language_code

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"versions": _versions(context), "current": get_language_info(get_language())}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """Canonical link, hreflang alternates (real translations only) and x-default."""
    request = context["request"]
    page = _page(context)
    alternates = [(v.code, request.build_absolute_uri(v.url)) for v in _versions(context) if v.is_translated]
    if page is not None:
        canonical = request.build_absolute_uri(translations.canonical_page(page).get_url(request))
    else:
        canonical = request.build_absolute_uri(request.path)
    x_default = dict(alternates).get(source_language_code())
    return {"canonical": canonical, "alternates": alternates, "x_default": x_default}


@register.simple_tag(takes_context=True)
def untranslated_source_language(context):
    """For an untranslated (alias) page, the language it is shown in; None for a real translation."""
    page = _page(context)
    if page is None or not translations.is_untranslated(page):
        return None
    return get_language_info(page.alias_of.locale.language_code)


def _page(context):
    page = context.get("page")
    return page if getattr(page, "pk", None) else None


def _versions(context):
    # The switcher and the alternates share one list: computed once per request.
    request = context["request"]
    if not hasattr(request, "_agora_page_versions"):
        page = _page(context)
        if page is not None:
            request._agora_page_versions = translations.page_versions(page, request)
        else:
            request._agora_page_versions = translations.view_versions(request)
    return request._agora_page_versions
