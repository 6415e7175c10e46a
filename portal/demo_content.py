"""Demo taxonomy of the knowledge library: technologies, space types, topics and countries.

Runs after the training loader (which makes the four domains) and before the library's
loaders. Term names are in ``portal/demo/taxonomy.yaml`` and their translations in the PO
files ``portal/demo/translations/<lang>/<model>-<slug>.po``, imported through
wagtail-localize. A country's name is django-countries' name in each language, written
into its PO files once (``manage.py demo_translations`` keeps them).
"""

from portal.demo import demo_data, demo_loader, ensure_locales, translate_from_files
from portal.models import Country, SpaceType, Technology, Topic

TERM_MODELS = {"technologies": Technology, "space_types": SpaceType, "topics": Topic}


@demo_loader(order=25)
def load_taxonomy(log):
    source = ensure_locales()
    taxonomy = demo_data("portal", "taxonomy")
    for group, model in TERM_MODELS.items():
        for slug, name in taxonomy[group].items():
            term, created = model.objects.get_or_create(locale=source, slug=slug, defaults={"name": name})
            if created:
                log(f"  created the {model._meta.verbose_name} {name!r}")
            translate_from_files(term, log)
    for code in taxonomy["countries"]:
        country, _created = Country.objects.get_or_create(locale=source, slug=code.lower(), defaults={"code": code})
        translate_from_files(country, log)
