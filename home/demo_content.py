"""Demo content of the home app: locales, home pages, and the about, privacy, legal and
accessibility pages.

The English is data in ``home/demo/*.yaml``; each page's translations are the PO files
``home/demo/translations/<lang>/<slug>.po``, imported through wagtail-localize.
"""

from wagtail.models import Page, Site

from home.models import FooterSettings, HomePage, StandardPage
from portal.demo import (
    demo_data,
    demo_loader,
    ensure_locales,
    get_or_create_child,
    give_blocks_ids,
    translate_from_files,
)

STANDARD_PAGES = ("about", "privacy", "legal", "accessibility")


@demo_loader(order=10)
def load_home(log):
    source_locale = ensure_locales()
    spec = demo_data("home", "home")
    home = _ensure_home(source_locale, spec, log)
    pages = {}
    for name in STANDARD_PAGES:
        fields = demo_data("home", name)
        pages[name], _created = get_or_create_child(home, StandardPage, fields.pop("slug"), **fields)

    _feature_on_home(home, [pages["about"]], spec["featured"])

    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.privacy_page = pages["privacy"]
    footer.legal_page = pages["legal"]
    footer.accessibility_page = pages["accessibility"]
    footer.contact_email = footer.contact_email or "contact@agora.localhost"
    footer.save()

    for page in (home, *pages.values()):
        translate_from_files(page, log)


def _feature_on_home(home, pages, featured):
    """Add the "Start here" block to the home page, once."""
    if any(block.block_type == "featured_pages" for block in home.body):
        return
    home.body.insert(1, ("featured_pages", {**featured, "pages": pages}))
    give_blocks_ids(home, stable_key="home")
    home.save_revision().publish()


def _ensure_home(source_locale, spec, log):
    """Replace Wagtail's welcome page with Agora's home page, once."""
    existing = HomePage.objects.filter(locale=source_locale).first()
    if existing is not None:
        return existing
    root = Page.get_first_root_node()
    # Wagtail's placeholder welcome page (and with it the default site) makes way.
    for placeholder in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
        placeholder.delete()
    home = HomePage(
        title=spec["title"], slug=spec["slug"], search_description=spec["search_description"], body=spec["body"]
    )
    give_blocks_ids(home, stable_key="home")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Agora"},
    )
    log("  created the home page")
    return home
