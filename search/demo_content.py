"""Demo search promotions, in every language.

The English list is ``search/demo/promotions.yaml``; each language's queries and
descriptions are the PO file ``search/demo/translations/<lang>/promotions.po``. Promotions
are not translatable objects (each belongs to one locale), so they do not go through
wagtail-localize: each locale gets its own promotion, with its own query, pointing at the
page's translation in that locale. Idempotent: only missing promotions are added.
"""

from wagtail.models import Locale, Page

from portal.demo import demo_data, demo_folder, demo_loader, po_translations
from portal.languages import source_language_code
from search.models import Promotion, normalise_query


def promotion_texts(code, index, spec):
    """The query and description of the ``index``-th promotion in a language (English for the source)."""
    if code == source_language_code():
        return spec["query"], spec["description"]
    path = demo_folder("agora_search") / "translations" / code / "promotions.po"
    strings = po_translations(path) if path.exists() else {}
    query = strings.get((f"{index}.query", spec["query"]))
    description = strings.get((f"{index}.description", spec["description"]))
    return (query, description) if query and description else (None, None)


# After every content loader: promotions point at pages and their translations.
@demo_loader(order=50)
def load_promotions(log):
    source = Locale.objects.get(language_code=source_language_code())
    for index, spec in enumerate(demo_data("agora_search", "promotions")):
        page = Page.objects.filter(locale=source, slug=spec["page"]).first()
        if page is None:
            continue
        for translated in Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True):
            query, description = promotion_texts(translated.locale.language_code, index, spec)
            if query is None:
                continue
            _promotion, created = Promotion.objects.get_or_create(
                locale_id=translated.locale_id,
                query=normalise_query(query),
                page=translated,
                defaults={"description": description},
            )
            if created:
                log(f"  promoted {translated.title!r} for {query!r}")
