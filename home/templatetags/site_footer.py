from django import template
from django.utils.translation import get_language

from wagtail.models import Page, Site

from home.models import FooterSettings
from portal.page_cache import cached_page_tree_fragment

register = template.Library()


def footer_pages(footer):
    """{"privacy": page, "legal": page, "accessibility": page} in the visitor's language where translated,
    in one query."""
    chosen = {
        "privacy": footer.privacy_page_id,
        "legal": footer.legal_page_id,
        "accessibility": footer.accessibility_page_id,
    }
    ids = [page_id for page_id in chosen.values() if page_id]
    if not ids:
        return {}
    sources = Page.objects.filter(id__in=ids).values("translation_key")
    pages = list(
        Page.objects.live()
        .filter(translation_key__in=sources)
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale__language_code")
    )
    by_id = {page.pk: page for page in pages}
    language = get_language()
    found = {}
    for name, page_id in chosen.items():
        source = by_id.get(page_id)
        if source is None:
            continue
        localized = next(
            (p for p in pages if p.translation_key == source.translation_key and p.locale.language_code == language),
            source,
        )
        found[name] = localized
    return found


def footer_content(request, site):
    footer = FooterSettings.for_site(site)
    notices = footer_pages(footer)
    return {
        "privacy_url": notices["privacy"].get_url(request=request) if "privacy" in notices else "",
        "legal_url": notices["legal"].get_url(request=request) if "legal" in notices else "",
        "accessibility_url": notices["accessibility"].get_url(request=request) if "accessibility" in notices else "",
        "contact_email": footer.contact_email,
        "organisation": footer.organisation,
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer; the same for every visitor of a site in a language, so it is kept with the
    page cache (FooterSettings changes and publishing both rebuild it)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"footer": {}}
    footer = cached_page_tree_fragment(f"footer:{site.pk}:{get_language()}", lambda: footer_content(request, site))
    return {"footer": footer}
