from django import template

from wagtail.models import Locale, Page, Site

register = template.Library()


def _locale_root(request):
    """The home page of the active locale (the site root's translation)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return root
    if root.locale_id == locale.id:
        return root
    return root.get_translation_or_none(locale) or root


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    root = _locale_root(request)
    items = root.get_children().live().in_menu() if root else Page.objects.none()
    page = context.get("page")
    return {"items": items, "current_id": getattr(page, "pk", None), "request": request}
