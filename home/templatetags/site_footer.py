from django import template
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()


@register.simple_tag
def footer_pages(footer):
    """{"privacy": page, "legal": page} in the visitor's language where translated, in one query."""
    chosen = {"privacy": footer.privacy_page_id, "legal": footer.legal_page_id}
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
