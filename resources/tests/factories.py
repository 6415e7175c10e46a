"""Resources for tests: an index page, resources with known facets and real document files."""

from types import SimpleNamespace

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from home.tests.factories import publish, translate
from portal.models import Country, Domain, Technology
from resources.models import ResourceIndexPage, ResourcePage, ResourceType

# The smallest PDF readers accept: one empty page.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def make_document(title, filename, content=MINIMAL_PDF):
    """A Wagtail document with a real file, bypassing the upload form (and its extension check)."""
    # After a transactional test's flush the root collection may be gone, like the root page.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def term(model, slug, name, **fields):
    locale = Locale.objects.get(language_code="en")
    return model.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name, **fields})[0]


def resource(index, slug, *, title, resource_type, year, publisher="Efus", domains=(), technologies=(), **fields):
    page = ResourcePage(
        slug=slug,
        title=title,
        resource_type=resource_type,
        year=year,
        publisher=publisher,
        summary=fields.pop("summary", f"About {title}."),
        **fields,
    )
    page.domains = list(domains)
    page.technologies = list(technologies)
    index.add_child(instance=page)
    return publish(page)


def build_resources(home, translate_into=("fr",)):
    """An index and four resources; the index and the report are translated.

    | slug      | type    | year | domains | technologies | country | document |
    | report    | report  | 2021 | ethics  | video        | FR      | PDF      |
    | guide     | guide   | 2019 | cpted   | —            | BE      | PDF      |
    | toolkit   | toolkit | 2021 | cpted   | barriers     | —       | link     |
    | webinar   | webinar | 2020 | ethics  | video        | —       | link     |
    """
    cpted = term(Domain, "cpted", "Crime prevention through environmental design")
    ethics = term(Domain, "ethical-use-of-security-technologies", "Ethical use of security technologies")
    video = term(Technology, "video-analytics", "Video analytics")
    barriers = term(Technology, "hostile-vehicle-mitigation", "Hostile vehicle mitigation")
    france = term(Country, "fr", "France", code="FR")
    belgium = term(Country, "be", "Belgium", code="BE")
    index = ResourceIndexPage(title="Resources", slug="resources", introduction="Reports, guides and toolkits.")
    home.add_child(instance=index)
    publish(index)
    report_file = make_document("Video analytics report", "video-analytics-report.pdf")
    report = resource(
        index,
        "video-analytics-report",
        title="Video analytics on squares: a report",
        resource_type=ResourceType.REPORT,
        year=2021,
        publisher="Agora & Partners",
        domains=[ethics],
        technologies=[video],
        country=france,
        document=report_file,
        document_languages=["en", "fr"],
    )
    guide = resource(
        index,
        "cpted-guide",
        title="A guide to CPTED",
        resource_type=ResourceType.GUIDE,
        year=2019,
        domains=[cpted],
        country=belgium,
        document=make_document("CPTED guide", "cpted-guide.pdf"),
        document_languages=["en"],
    )
    toolkit = resource(
        index,
        "barrier-toolkit",
        title="Barriers toolkit",
        resource_type=ResourceType.TOOLKIT,
        year=2021,
        domains=[cpted],
        technologies=[barriers],
        external_url="https://example.org/toolkit",
    )
    webinar = resource(
        index,
        "ethics-webinar",
        title="Webinar on ethics",
        resource_type=ResourceType.WEBINAR,
        year=2020,
        domains=[ethics],
        technologies=[video],
        external_url="https://example.org/webinar",
    )
    translations = {}
    for code in translate_into:
        translations[code] = SimpleNamespace(
            index=translate(
                index, code, title={"fr": "Ressources", "de": "Ressourcen"}.get(code, code), slug=f"resources-{code}"
            ),
            report=translate(
                report,
                code,
                title={
                    "fr": "L'analyse vidéo sur les places : un rapport",
                    "de": "Videoanalyse auf Plätzen: ein Bericht",
                }.get(code, code),
                slug=f"video-analytics-report-{code}",
            ),
        )
    return SimpleNamespace(
        index=index, report=report, guide=guide, toolkit=toolkit, webinar=webinar, translations=translations
    )


def more_resources(index, count, start=0):
    pages = []
    types = list(ResourceType.values)
    for number in range(start, start + count):
        pages.append(
            resource(
                index,
                f"extra-{number}",
                title=f"Extra resource {number}",
                resource_type=types[number % len(types)],
                year=2010 + number % 12,
                external_url=f"https://example.org/{number}",
            )
        )
    return pages
