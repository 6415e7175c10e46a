"""A sitemap of every locale with hreflang alternates (Wagtail's own has neither)."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_page

from wagtail.models import Page, get_page_models


def models_left_out():
    """Page models that set ``in_sitemap = False`` (pages for signed-in trainees only, say)."""
    return [model for model in get_page_models() if not getattr(model, "in_sitemap", True)]


@cache_page(60 * 15)
def sitemap(request):
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1, alias_of__isnull=True)
        .exclude(content_type__in=ContentType.objects.get_for_models(*models_left_out()).values())
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path")
    )
    entries = []
    by_translation_key = defaultdict(list)
    for page in pages:
        path = page.get_url(request)
        if not path:
            continue
        url = request.build_absolute_uri(path)
        entry = {"location": url, "lastmod": page.last_published_at, "code": page.locale.language_code}
        entries.append((page.translation_key, entry))
        by_translation_key[page.translation_key].append(entry)
    urls = [
        {**entry, "alternates": by_translation_key[key] if len(by_translation_key[key]) > 1 else []}
        for key, entry in entries
    ]
    return TemplateResponse(request, "sitemap.xml", {"urls": urls}, content_type="application/xml")
