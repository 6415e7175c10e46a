"""Shared page building blocks. Apps use these; this module knows no app."""

from wagtail_localize.fields import SynchronizedField, TranslatableField

# Fields every Agora page translates or keeps in sync; page models extend this list.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]
