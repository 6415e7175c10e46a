"""Demo content of the resource library: eight resources, each with a real PDF made at load time.

The PDFs are short summaries written for Agora (they say so on their first line), not
copies of the publications they describe. The index and three resources are translated
into French and German. Idempotent: only what is missing is added.
"""

from html import escape

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site

from portal.demo import demo_loader, ensure_locales, get_or_create_child, source_segments, translate_page
from portal.models import Country, Domain, Technology
from resources.demo_translations import INDEX as INDEX_TRANSLATIONS
from resources.demo_translations import RESOURCES as RESOURCE_TRANSLATIONS
from resources.models import ResourceIndexPage, ResourcePage, ResourceType

INDEX = {
    "title": "Resources",
    "slug": "resources",
    "introduction": "Reports, guides, toolkits, webinar recordings and policy documents to download and share.",
}

RESOURCES = [
    {
        "slug": "video-analytics-on-public-squares",
        "title": "Video analytics on public squares: what a city should check",
        "resource_type": ResourceType.REPORT,
        "publisher": "Agora",
        "year": 2025,
        "document_languages": ["en"],
        "domains": ["ethical-use-of-security-technologies"],
        "technologies": ["video-analytics", "facial-recognition"],
        "country": "",
        "summary": (
            "A short report on the questions a city should answer before it uses video analytics on a "
            "square: the problem to solve, the legal basis, the impact assessment, and how results will be measured."
        ),
        "pages": [
            "Why this report: cities are offered video analytics for squares and events, and need a way to decide.",
            "Before buying: name the problem, check the legal basis, and run a data protection impact assessment.",
            "After deploying: measure the effect against the problem you named, and publish what you found.",
        ],
    },
    {
        "slug": "security-by-design-checklist",
        "title": "Security by Design: a checklist for planners",
        "resource_type": ResourceType.GUIDE,
        "publisher": "Agora",
        "year": 2025,
        "document_languages": ["en"],
        "domains": ["cpted", "vulnerability-analysis"],
        "technologies": ["hostile-vehicle-mitigation"],
        "country": "",
        "summary": (
            "A checklist that turns the Security by Design rules of thumb of the EU Urban Agenda Partnership "
            "on Security in Public Spaces into questions for each stage of a project."
        ),
        "pages": [
            "At the brief: who uses the space, when, and what could go wrong?",
            "At the sketch: can protection be part of the design, such as seating, planting or levels?",
            "At handover: who maintains the space and checks that the measures still work?",
        ],
    },
    {
        "slug": "protect-seminars-2020",
        "title": "PRoTECT seminars 2020: protecting public spaces",
        "resource_type": ResourceType.WEBINAR,
        "publisher": "Efus",
        "year": 2020,
        "document_languages": ["en"],
        "domains": ["ethical-use-of-security-technologies", "vulnerability-analysis"],
        "technologies": ["video-analytics"],
        "country": "",
        "summary": (
            "Notes on the three web conferences of the PRoTECT project in July 2020: cooperating with many "
            "stakeholders, case studies from practitioners, and how to assess technologies."
        ),
        "pages": [
            "First seminar: cooperation between levels of government and with the private sector.",
            "Second seminar: the protection of public spaces at practitioners' level.",
            "Third seminar: tools to evaluate and select technologies; no silver bullet.",
        ],
    },
    {
        "slug": "eu-action-plan-public-spaces",
        "title": "EU Action Plan to support the protection of public spaces",
        "resource_type": ResourceType.POLICY,
        "publisher": "European Commission",
        "year": 2017,
        "document_languages": ["en"],
        "domains": ["vulnerability-analysis"],
        "technologies": ["hostile-vehicle-mitigation"],
        "country": "",
        "summary": (
            "Agora's summary of the European Commission's action plan, which treats the co-production of "
            "public space protection by public and private actors as key."
        ),
        "pages": [
            "The plan supports Member States and cities in protecting public spaces.",
            "It stresses cooperation between local, national and European levels and with private operators.",
        ],
    },
    {
        "slug": "secu4all-training-platform",
        "title": "The Secu4All training platform",
        "resource_type": ResourceType.TOOLKIT,
        "publisher": "Efus",
        "year": 2023,
        "document_languages": ["en"],
        "domains": ["vulnerability-analysis", "cpted", "crisis-communication", "ethical-use-of-security-technologies"],
        "technologies": [],
        "country": "",
        "summary": (
            "A free online training for local actors in four domains, with a self-evaluation tool and a "
            "certificate, designed and tested by the partners of the Secu4All project."
        ),
        "pages": [
            "Four domains: vulnerability analysis, CPTED, crisis communication, ethical use of technologies.",
            "Online and self-paced, with a self-evaluation and a certificate on completion.",
        ],
    },
    {
        "slug": "crisis-communication-checklist",
        "title": "Crisis communication: a one-page checklist",
        "resource_type": ResourceType.TOOLKIT,
        "publisher": "Agora",
        "year": 2024,
        "document_languages": ["en"],
        "domains": ["crisis-communication"],
        "technologies": [],
        "country": "",
        "summary": "What to prepare before a crisis, what to say in the first hours, and how to follow up.",
        "pages": [
            "Before: a plan, a list of contacts, and agreed roles with partners.",
            "During: acknowledge, inform, instruct, and update at set times.",
            "After: follow up with the people affected and learn from what happened.",
        ],
    },
    {
        "slug": "facial-recognition-impact-assessment-questions",
        "title": "Facial recognition in public spaces: questions for an impact assessment",
        "resource_type": ResourceType.GUIDE,
        "publisher": "Agora",
        "year": 2024,
        "document_languages": ["en"],
        "domains": ["ethical-use-of-security-technologies"],
        "technologies": ["facial-recognition"],
        "country": "FR",
        "summary": (
            "Questions to answer in a data protection impact assessment before any test of facial "
            "recognition in a public space."
        ),
        "pages": [
            "Purpose: what exactly should the system do, and why is a less intrusive measure not enough?",
            "People: who is filmed, who is informed, and how can they object?",
            "Data: what is kept, for how long, and who can see it?",
        ],
    },
    {
        "slug": "partnership-action-plan",
        "title": "Action Plan of the Partnership on Security in Public Spaces",
        "resource_type": ResourceType.POLICY,
        "publisher": "Urban Agenda for the EU",
        "year": 2020,
        "document_languages": ["en"],
        "domains": ["vulnerability-analysis", "cpted"],
        "technologies": [],
        "country": "",
        "summary": (
            "Agora's summary of the partnership's action plan, whose actions range from a self-assessment "
            "tool for cities to a capacity-building training scheme and Security by Design."
        ),
        "pages": [
            "The partnership was co-coordinated by the cities of Nice and Madrid and by Efus.",
            "Its actions include a self-assessment framework, a training scheme and Security by Design.",
        ],
    },
]

TRANSLATED = ["video-analytics-on-public-squares", "security-by-design-checklist", "protect-seminars-2020"]


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
    index, created = get_or_create_child(
        home,
        ResourceIndexPage,
        INDEX["slug"],
        title=INDEX["title"],
        introduction=INDEX["introduction"],
        show_in_menus=True,
    )
    if created:
        log(f"  created the page {index.title!r}")
    for spec in RESOURCES:
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
    _translate(
        index, {code: {INDEX[k]: v for k, v in fields.items()} for code, fields in INDEX_TRANSLATIONS.items()}, log
    )
    specs = {spec["slug"]: spec for spec in RESOURCES}
    for page in ResourcePage.objects.child_of(index).filter(locale=source, slug__in=TRANSLATED):
        translations = RESOURCE_TRANSLATIONS[page.slug]
        strings = {code: {specs[page.slug][k]: v for k, v in fields.items()} for code, fields in translations.items()}
        _translate(page, strings, log)


def _translate(instance, translations, log):
    for code, strings in translations.items():
        locale = Locale.objects.get(language_code=code)
        if instance.get_translations().filter(locale=locale, alias_of__isnull=True).exists():
            continue
        missing = [segment for segment in source_segments(instance) if segment not in strings]
        if missing:
            raise ImproperlyConfigured(f"No {code} translation for these segments of {instance!r}: {missing}")
        translate_page(instance, code, strings)
        log(f"  translated {str(instance)!r} into {code}")
