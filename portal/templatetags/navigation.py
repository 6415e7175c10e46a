from django import template
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.page_cache import cached_page_tree_fragment

register = template.Library()


def locale_root_path(request):
    """url_path of the active locale's home page, from Wagtail's cached site root paths (no query)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language()
    paths = [path for path in Site.get_site_root_paths() if path.site_id == site.pk]
    for path in paths:
        if path.language_code == language:
            return path.root_path
    return paths[0].root_path if paths else None


def menu_items(request, root_path):
    """[(page id, title, URL)] of the live in-menu children of the locale's home page."""
    depth = root_path.count("/")  # "/home/" is at depth 2; its children at 3
    pages = (
        Page.objects.live()
        .in_menu()
        .filter(url_path__startswith=root_path, depth=depth + 1)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )
    return [(page.pk, page.title, page.get_url(request=request)) for page in pages]


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The main menu; the same for everyone, so it is kept with the page cache (no query on a hit)."""
    request = context["request"]
    root_path = locale_root_path(request)
    items = []
    if root_path:
        site = Site.find_for_request(request)
        items = cached_page_tree_fragment(
            f"main-navigation:{site.pk}:{root_path}", lambda: menu_items(request, root_path)
        )
    page = context.get("page")
    return {"items": items, "current_id": getattr(page, "pk", None), "request": request}
