from django import template
from django.utils.translation import get_language

from wagtail.models import Page, Site

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


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    root_path = locale_root_path(request)
    items = Page.objects.none()
    if root_path:
        depth = root_path.count("/")  # "/home/" is at depth 2; its children at 3
        items = (
            Page.objects.live()
            .in_menu()
            .filter(url_path__startswith=root_path, depth=depth + 1)
            .only("id", "title", "url_path", "path", "depth", "locale_id")
            .order_by("path")
        )
    page = context.get("page")
    return {"items": items, "current_id": getattr(page, "pk", None), "request": request}
