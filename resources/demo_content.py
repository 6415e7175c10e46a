"""Demo content of the resource library: eight resources, each with a real PDF made at load time.

The PDFs are short summaries written for Agora (they say so on their first line), not
copies of the publications they describe. The English is data in ``resources/demo/``;
translations are the PO files ``resources/demo/translations/<lang>/<slug>.po``, imported
through wagtail-localize. Idempotent: only what is missing is added.
"""

from html import escape

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site

from portal.demo import demo_data, demo_loader, ensure_locales, get_or_create_child, translate_from_files
from portal.models import Country, Domain, Technology
from resources.models import ResourceIndexPage, ResourcePage


def pdf_bytes(spec):
    """A small PDF of the resource, written for Agora: a title, a note and a few paragraphs."""
    from weasyprint import HTML  # imported late: it takes most of a second to load

    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in spec["pages"])
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>"
        f"{escape(spec['title'])}</title><style>body{{font-family:sans-serif;margin:2cm}}</style></head><body>"
        f"<p><em>Agora demo document: a summary written for Agora.</em></p><h1>{escape(spec['title'])}</h1>"
        f"<p>{escape(spec['publisher'])}, {spec['year']}</p><p>{escape(spec['summary'])}</p>{paragraphs}</body></html>"
    )
    return HTML(string=html).write_pdf()


def ensure_document(spec):
    model = get_document_model()
    document = model.objects.filter(title=spec["title"]).first()
    if document is None:
        # The root collection, made again if a test's flush removed it (like the root page).
        collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
        document = model(title=spec["title"], collection=collection)
        document.file.save(f"{spec['slug']}.pdf", ContentFile(pdf_bytes(spec)), save=False)
        document.save()
    return document


def get_term(model, slug):
    return model.objects.filter(locale=Locale.objects.get(language_code="en"), slug=slug).first()


@demo_loader(order=30)
def load_resources(log):
    source = ensure_locales()
    home = Site.objects.get(is_default_site=True).root_page.specific
    spec = demo_data("resources", "index")
    index, created = get_or_create_child(
        home,
        ResourceIndexPage,
        spec["slug"],
        title=spec["title"],
        introduction=spec["introduction"],
        show_in_menus=True,
    )
    if created:
        log(f"  created the page {index.title!r}")
    for spec in demo_data("resources", "resources"):
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        page = ResourcePage(
            slug=spec["slug"],
            title=spec["title"],
            resource_type=spec["resource_type"],
            publisher=spec["publisher"],
            year=spec["year"],
            document_languages=spec["document_languages"],
            document=ensure_document(spec),
            summary=spec["summary"],
            country=get_term(Country, spec["country"].lower()) if spec["country"] else None,
        )
        page.domains = [term for slug in spec["domains"] if (term := get_term(Domain, slug))]
        page.technologies = [term for slug in spec["technologies"] if (term := get_term(Technology, slug))]
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"  created the resource {page.title!r}")
    translate_from_files(index, log)
    for page in ResourcePage.objects.child_of(index).filter(locale=source):
        translate_from_files(page, log)
