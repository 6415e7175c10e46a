"""Demo content of the knowledge library's case studies.

The English is data: ``casestudies/demo/index.yaml`` and one file per case study under
``casestudies/demo/case_studies/``. Facts come from the project's seed material and from
well-known public events; what we were not sure of is left out. Translations are the PO
files ``casestudies/demo/translations/<lang>/<slug>.po``, imported through
wagtail-localize. Idempotent: only what is missing is added.
"""

from wagtail.models import Locale, Page, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.demo import (
    demo_data,
    demo_data_files,
    demo_loader,
    ensure_locales,
    get_or_create_child,
    give_blocks_ids,
    translate_from_files,
)
from portal.models import Country, Domain, SpaceType, Technology, Topic


def get_term(model, slug):
    return model.objects.filter(locale=Locale.objects.get(language_code="en"), slug=slug).first()


# After the resources (order 30), whose documents the case studies cite.
@demo_loader(order=31)
def load_case_studies(log):
    source = ensure_locales()
    home = Site.objects.get(is_default_site=True).root_page.specific
    spec = demo_data("casestudies", "index")
    index, created = get_or_create_child(
        home,
        CaseStudyIndexPage,
        spec["slug"],
        title=spec["title"],
        introduction=spec["introduction"],
        show_in_menus=True,
    )
    if created:
        log(f"  created the page {index.title!r}")
    for case_study in demo_data_files("casestudies", "case_studies"):
        _ensure_case_study(index, case_study, log)
    translate_from_files(index, log)
    for page in CaseStudyPage.objects.child_of(index).filter(locale=source):
        translate_from_files(page, log)


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
        context=spec.get("context", ""),
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
    sources = [{"type": "link", "value": link} for link in spec.get("sources", [])]
    # The report is a resource's document, found by the resource page's slug (no import of resources).
    report = Page.objects.filter(slug=spec["report"], locale=index.locale).first() if spec["report"] else None
    document = getattr(report.specific, "document", None) if report else None
    if document is not None:
        sources.append({"type": "document", "value": {"title": "", "document": document.pk}})
    page.sources = sources
    give_blocks_ids(page, stable_key=f"casestudies.casestudypage:{spec['slug']}")
    index.add_child(instance=page)
    page.save_revision().publish()
    log(f"  created the case study {page.title!r}")
    return page
