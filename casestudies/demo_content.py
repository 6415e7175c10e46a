"""Demo content of the knowledge library's taxonomy and case studies.

Facts come from the project's seed material and from well-known public events; what
we were not sure of is left out. The case-study index and three case studies (among
them both case studies about video analytics on squares) are translated into French
and German through wagtail-localize's PO import; the other case studies reach those
locales as untranslated (alias) pages. Idempotent: only what is missing is added.
"""

from django.core.exceptions import ImproperlyConfigured

from wagtail.models import Locale, Page, Site

from casestudies.demo_translations import CASE_STUDIES as CASE_STUDY_TRANSLATIONS
from casestudies.demo_translations import INDEX as INDEX_TRANSLATIONS
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.demo import (
    demo_loader,
    ensure_locales,
    get_or_create_child,
    give_blocks_ids,
    source_segments,
    translate_page,
)
from portal.models import Country, Domain, SpaceType, Technology, Topic

INDEX = {
    "title": "Case studies",
    "slug": "case-studies",
    "introduction": (
        "What other cities tried to keep their public spaces open and safe: what they did, "
        "on what legal basis, with what result."
    ),
}


def p(text):
    return f"<p>{text}</p>"


CASE_STUDIES = [
    {
        "slug": "facial-recognition-at-the-nice-carnival",
        "title": "Facial recognition at the Nice Carnival",
        "summary": (
            "In 2019 the city of Nice tested facial recognition at the entrance of its carnival, "
            "with volunteers who had agreed to take part."
        ),
        "city": "Nice",
        "country": "FR",
        "year_start": 2019,
        "spaces": ["square", "event-venue"],
        # The test compared faces filmed by cameras at one entrance.
        "technologies": ["facial-recognition", "video-analytics", "surveillance-cameras"],
        "domains": ["ethical-use-of-security-technologies"],
        "topics": ["privacy"],
        "tags": ["carnival", "biometrics", "experiment"],
        "stakeholders": (
            "The city of Nice, the volunteers who took part, and the national data protection authority (CNIL)."
        ),
        "what_was_done": p(
            "During the carnival, cameras at one entrance compared the faces of passing visitors "
            "with the photos of a small group of volunteers, to see whether the software could "
            "pick them out of a crowd."
        ),
        "results": p(
            "The city presented the test as a success. The data protection authority pointed out "
            "that a short test with consenting volunteers says little about how such a system "
            "would perform, or be accepted, in real use."
        ),
        "legal_basis": p(
            "The test relied on the consent of the volunteers. The data protection authority "
            "recalled that using facial recognition on the public at large would need a specific "
            "legal basis and a data protection impact assessment."
        ),
        "lessons_learned": p(
            "A technical test does not answer the questions of necessity and proportionality. "
            "Decide first what problem the technology should solve, and how its effect will be measured."
        ),
        "report": "video-analytics-on-public-squares",
    },
    {
        "slug": "security-by-design-ten-rules-of-thumb",
        "title": "Security by Design: ten rules of thumb",
        "summary": (
            "The EU Urban Agenda Partnership on Security in Public Spaces wrote ten rules of thumb "
            "to bring security into urban planning and design from the start."
        ),
        "city": "",
        "country": "",
        "year_start": 2021,
        "spaces": ["square", "shopping-street"],
        "technologies": ["hostile-vehicle-mitigation"],
        "domains": ["cpted", "vulnerability-analysis"],
        "topics": ["urban-design"],
        "tags": ["security by design", "urban agenda", "planning"],
        "stakeholders": "The partner cities and organisations of the Partnership on Security in Public Spaces.",
        "what_was_done": p(
            "Many local authorities lack knowledge of the Security by Design approach. The partnership "
            "turned it into short, concrete recommendations for the way authorities plan and design "
            "public spaces."
        ),
        "results": p(
            "The rules of thumb are meant to be hands-on and easy to adopt, so that planners, "
            "architects and security staff can use them in their everyday work."
        ),
        "legal_basis": p(
            "The rules are recommendations, not law. They sit within the partnership's action plan "
            "under the Urban Agenda for the EU."
        ),
        "lessons_learned": p(
            "Security works best when it is part of the design from the first sketch, not added "
            "as barriers once the space is built."
        ),
        "report": "security-by-design-checklist",
    },
    {
        "slug": "protect-assessing-technologies",
        "title": "PRoTECT: assessing technologies before buying them",
        "summary": (
            "The PRoTECT project (2018–2021) helped local authorities assess and select technologies "
            "such as video analytics to protect squares and other public spaces."
        ),
        "city": "",
        "country": "",
        "year_start": 2018,
        "year_end": 2021,
        "spaces": ["square", "transport-hub"],
        "technologies": ["video-analytics", "crowd-monitoring"],
        "domains": ["ethical-use-of-security-technologies", "vulnerability-analysis"],
        "topics": ["terrorism"],
        "tags": ["PRoTECT", "technology assessment"],
        "stakeholders": "Efus, local authorities, law enforcement agencies, research centres and technology providers.",
        "what_was_done": p(
            "The project developed tools that help a local authority evaluate technologies and "
            "choose the ones that fit its needs, and discussed them in three web seminars in July 2020."
        ),
        "results": p(
            "The contributors concluded that there is no silver bullet: technology should be one of "
            "several complementary measures, next to human-centred ones."
        ),
        "legal_basis": p(
            "Legislative and administrative hurdles can stop a local authority from adopting a "
            "technology; they have to be checked before a purchase, not after."
        ),
        "lessons_learned": p(
            "A chosen technology must not create more feelings of insecurity among the public. "
            "Local residents and businesses remain the first to notice what does not feel right."
        ),
        "report": "protect-seminars-2020",
    },
    {
        "slug": "brussels-secu4all",
        "title": "Brussels-Capital Region: testing the Secu4All training",
        "summary": (
            "Bruxelles Prévention & Sécurité took part in Secu4All, the project that designed and "
            "tested a training programme for the people who protect public spaces."
        ),
        "city": "Brussels",
        "country": "BE",
        "year_start": 2020,
        "year_end": 2023,
        "spaces": ["square", "transport-hub"],
        "technologies": [],
        "domains": ["vulnerability-analysis", "crisis-communication"],
        "topics": ["training"],
        "tags": ["Secu4All", "training"],
        "stakeholders": "Bruxelles Prévention & Sécurité and the other Secu4All partners, led by Efus.",
        "what_was_done": p(
            "As one of four cities and regions in the project, the region helped design and test "
            "training in four domains: vulnerability analysis, CPTED, crisis communication and the "
            "ethical use of security technologies."
        ),
        "results": p("The training has been available online, free of charge, since May 2023."),
        "legal_basis": p("The project was funded by the European Commission's Internal Security Fund – Police."),
        "lessons_learned": p(
            "Protecting a public space involves many stakeholders and levels of government; a shared "
            "training gives them a common language."
        ),
        "report": "",
    },
    {
        "slug": "the-hague-secu4all",
        "title": "The Hague: a city partner in Secu4All",
        "summary": "The city of The Hague was one of the four local partners of the Secu4All project (2020–2023).",
        "city": "The Hague",
        "country": "NL",
        "year_start": 2020,
        "year_end": 2023,
        "spaces": ["shopping-street", "event-venue"],
        "technologies": ["crowd-monitoring"],
        "domains": ["cpted"],
        "topics": ["training"],
        "tags": ["Secu4All"],
        "stakeholders": "The city of The Hague, Efus and the Secu4All research partners.",
        "what_was_done": p(
            "The city contributed its practice to training content and tested it with local staff, "
            "together with partners from Belgium, Latvia and Spain."
        ),
        "results": p("The training programme ends with a self-evaluation and a certificate."),
        "legal_basis": "",
        "lessons_learned": p("Practitioners learn fastest from cases close to their own city."),
        "report": "",
    },
    {
        "slug": "riga-municipal-police-secu4all",
        "title": "Riga Municipal Police: training for public space protection",
        "summary": "The municipal police of Riga took part in Secu4All, bringing a police view to the training.",
        "city": "Riga",
        "country": "LV",
        "year_start": 2020,
        "year_end": 2023,
        "spaces": ["square", "event-venue"],
        "technologies": [],
        "domains": ["vulnerability-analysis", "ethical-use-of-security-technologies"],
        "topics": ["training"],
        "tags": ["Secu4All", "police"],
        "stakeholders": "Riga Municipal Police, Efus and the Secu4All partners.",
        "what_was_done": p(
            "The municipal police helped shape and test training on analysing the vulnerabilities "
            "of a public space and on the ethical use of security technologies."
        ),
        "results": p("The training is online, so officers can follow it at their own pace."),
        "legal_basis": "",
        "lessons_learned": p("Police, planners and social services need the same picture of a space's risks."),
        "report": "",
    },
    {
        "slug": "xabia-secu4all",
        "title": "Xàbia: a small town protects its public spaces",
        "summary": (
            "Xàbia, a town on the Spanish coast, was one of the four local partners of Secu4All, "
            "next to much larger cities."
        ),
        "city": "Xàbia",
        "country": "ES",
        "year_start": 2020,
        "year_end": 2023,
        "spaces": ["shopping-street", "event-venue"],
        "technologies": [],
        "domains": ["crisis-communication", "cpted"],
        "topics": ["training"],
        "tags": ["Secu4All", "small towns"],
        "stakeholders": "The town of Xàbia, Efus and the Secu4All partners.",
        "what_was_done": p(
            "The town tested the training from the point of view of a smaller municipality, where a "
            "few people carry many roles."
        ),
        "results": p("The training was designed to suit local and regional authorities of every size."),
        "legal_basis": "",
        "lessons_learned": p("Small towns need short, practical material they can use without specialist staff."),
        "report": "",
    },
    {
        "slug": "berlin-breitscheidplatz-barriers",
        "title": "Berlin: vehicle barriers at Breitscheidplatz",
        "summary": (
            "After the attack on the Christmas market at Breitscheidplatz in December 2016, Berlin "
            "protected the square against vehicles."
        ),
        "city": "Berlin",
        "country": "DE",
        "year_start": 2017,
        "spaces": ["square", "event-venue"],
        "technologies": ["hostile-vehicle-mitigation"],
        "domains": ["vulnerability-analysis", "cpted"],
        "topics": ["terrorism", "urban-design"],
        "tags": ["christmas market", "barriers"],
        "stakeholders": "The city of Berlin, the police and the market's organisers.",
        "what_was_done": p(
            "Temporary barriers were placed around the square, and the city then worked on "
            "permanent protection against vehicles."
        ),
        "results": p("The market reopened, protected against vehicles entering the square."),
        "legal_basis": "",
        "lessons_learned": p(
            "Temporary barriers can make a square feel like a fortress; permanent protection can be "
            "designed to fit the place."
        ),
        "report": "",
    },
    {
        "slug": "stockholm-drottninggatan-lions",
        "title": "Stockholm: stone lions on Drottninggatan",
        "summary": (
            "After the truck attack on the shopping street Drottninggatan in April 2017, Stockholm used "
            "large stone lions as vehicle barriers."
        ),
        "city": "Stockholm",
        "country": "SE",
        "year_start": 2017,
        "spaces": ["shopping-street"],
        "technologies": ["hostile-vehicle-mitigation"],
        "domains": ["cpted"],
        "topics": ["terrorism", "urban-design"],
        "tags": ["barriers", "street furniture"],
        "stakeholders": "The city of Stockholm and the police.",
        "what_was_done": p(
            "Heavy stone lions were placed along the street, so that a vehicle cannot drive into the crowd."
        ),
        "results": p("The barriers protect pedestrians while looking like street furniture."),
        "legal_basis": "",
        "lessons_learned": p("Protection against vehicles does not have to look like a fortress."),
        "report": "",
    },
]


def get_term(model, slug):
    return model.objects.filter(locale=Locale.objects.get(language_code="en"), slug=slug).first()


# After the resources (order 30), whose documents the case studies cite.
@demo_loader(order=31)
def load_case_studies(log):
    source = ensure_locales()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index, created = get_or_create_child(
        home,
        CaseStudyIndexPage,
        INDEX["slug"],
        title=INDEX["title"],
        introduction=INDEX["introduction"],
        show_in_menus=True,
    )
    if created:
        log(f"  created the page {index.title!r}")
    for spec in CASE_STUDIES:
        _ensure_case_study(index, spec, log)
    translate(index, segment_translations(INDEX, INDEX_TRANSLATIONS), log)
    specs = {spec["slug"]: spec for spec in CASE_STUDIES}
    for page in CaseStudyPage.objects.child_of(index).filter(locale=source):
        translations = CASE_STUDY_TRANSLATIONS.get(page.slug)
        if translations:
            translate(page, segment_translations(specs[page.slug], translations), log)


def _ensure_case_study(index, spec, log):
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    page = CaseStudyPage(
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        city=spec["city"],
        country=get_term(Country, spec["country"].lower()) if spec["country"] else None,
        year_start=spec["year_start"],
        year_end=spec.get("year_end"),
        stakeholders=spec["stakeholders"],
        what_was_done=spec["what_was_done"],
        results=spec["results"],
        legal_basis=spec["legal_basis"],
        lessons_learned=spec["lessons_learned"],
    )
    page.space_types = [term for slug in spec["spaces"] if (term := get_term(SpaceType, slug))]
    page.technologies = [term for slug in spec["technologies"] if (term := get_term(Technology, slug))]
    page.domains = [term for slug in spec["domains"] if (term := get_term(Domain, slug))]
    page.topics = [term for slug in spec["topics"] if (term := get_term(Topic, slug))]
    page.tags.add(*spec["tags"])
    # The report is a resource's document, found by the resource page's slug (no import of resources).
    report = Page.objects.filter(slug=spec["report"], locale=index.locale).first() if spec["report"] else None
    document = getattr(report.specific, "document", None) if report else None
    if document is not None:
        page.sources = [{"type": "document", "value": {"title": "", "document": document.pk}}]
    give_blocks_ids(page)
    index.add_child(instance=page)
    page.save_revision().publish()
    log(f"  created the case study {page.title!r}")
    return page


def _segment(text):
    """A field's text as wagtail-localize extracts it: a one-paragraph rich text loses its <p>."""
    return text[3:-4] if text.startswith("<p>") and text.endswith("</p>") else text


def segment_translations(spec, translations):
    """language → {English segment: translation}, from field-by-field translations of ``spec``."""
    return {
        code: {_segment(spec[name]): _segment(text) for name, text in fields.items() if spec.get(name)}
        for code, fields in translations.items()
    }


def translate(instance, translations, log):
    """Translate a page into each language of ``translations`` (English segment → translation), once.

    A segment without a translation is an error: the demo content must be complete.
    """
    for code, strings in translations.items():
        locale = Locale.objects.get(language_code=code)
        if instance.get_translations().filter(locale=locale, alias_of__isnull=True).exists():
            continue
        missing = [segment for segment in source_segments(instance) if segment not in strings]
        if missing:
            raise ImproperlyConfigured(f"No {code} translation for these segments of {instance!r}: {missing}")
        translate_page(instance, code, strings)
        log(f"  translated {str(instance)!r} into {code}")
