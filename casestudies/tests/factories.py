"""Case studies for tests: a few taxonomy terms, an index page and case studies with known facets."""

from types import SimpleNamespace

from wagtail.models import Locale, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from home.tests.factories import publish, translate
from portal.demo import give_blocks_ids
from portal.models import Country, Domain, SpaceType, Technology, Topic


def source_locale():
    return Locale.objects.get(language_code="en")


def term(model, slug, name, **fields):
    """The English term with this slug, made if missing."""
    return model.objects.get_or_create(locale=source_locale(), slug=slug, defaults={"name": name, **fields})[0]


def translate_term(instance, code, name):
    """A translation of a taxonomy term into ``code`` with its own name."""
    copy = instance.copy_for_translation(Locale.objects.get(language_code=code))
    copy.name = name
    copy.save()
    return copy


def taxonomy():
    """The terms tests filter on, by slug."""
    return SimpleNamespace(
        cpted=term(Domain, "cpted", "Crime prevention through environmental design"),
        ethics=term(Domain, "ethical-use-of-security-technologies", "Ethical use of security technologies"),
        video=term(Technology, "video-analytics", "Video analytics"),
        facial=term(Technology, "facial-recognition", "Facial recognition"),
        barriers=term(Technology, "hostile-vehicle-mitigation", "Hostile vehicle mitigation"),
        square=term(SpaceType, "square", "Square"),
        event=term(SpaceType, "event-venue", "Event venue"),
        street=term(SpaceType, "shopping-street", "Shopping street"),
        privacy=term(Topic, "privacy", "Privacy"),
        france=term(Country, "fr", "France", code="FR"),
        belgium=term(Country, "be", "Belgium", code="BE"),
        latvia=term(Country, "lv", "Latvia", code="LV"),
    )


def case_study(
    index, slug, *, title, city, country, year_start, year_end=None, spaces=(), technologies=(), domains=(), **fields
):
    page = CaseStudyPage(
        slug=slug,
        title=title,
        summary=fields.pop("summary", f"What {city} did."),
        city=city,
        country=country,
        year_start=year_start,
        year_end=year_end,
        what_was_done=fields.pop("what_was_done", "<p>They tried something and measured it.</p>"),
        **fields,
    )
    page.space_types = list(spaces)
    page.technologies = list(technologies)
    page.domains = list(domains)
    give_blocks_ids(page)
    index.add_child(instance=page)
    return publish(page)


def build_index(home):
    index = CaseStudyIndexPage(title="Case studies", slug="case-studies", introduction="What cities tried.")
    home.add_child(instance=index)
    return publish(index)


def build_case_studies(home, translate_into=("fr",)):
    """An index and four case studies with known facets; the index and the Nice case study are translated.

    | slug        | country | years     | spaces        | technologies     | domains |
    | nice        | FR      | 2019      | square, event | facial, video    | ethics  |
    | brussels    | BE      | 2017-2019 | square        | video, barriers  | cpted   |
    | riga        | LV      | 2021      | street        | video            | cpted   |
    | lyon        | FR      | 2018      | street        | barriers         | —       |
    """
    terms = taxonomy()
    index = build_index(home)
    nice = case_study(
        index,
        "nice-carnival",
        title="Facial recognition at the Nice Carnival",
        city="Nice",
        country=terms.france,
        year_start=2019,
        spaces=[terms.square, terms.event],
        technologies=[terms.facial, terms.video],
        domains=[terms.ethics],
        sources=[{"type": "link", "value": {"title": "The city's report", "url": "https://example.org/nice"}}],
    )
    brussels = case_study(
        index,
        "brussels-square",
        title="Barriers and cameras on a Brussels square",
        city="Brussels",
        country=terms.belgium,
        year_start=2017,
        year_end=2019,
        spaces=[terms.square],
        technologies=[terms.video, terms.barriers],
        domains=[terms.cpted],
    )
    riga = case_study(
        index,
        "riga-street",
        title="Video analytics on a Riga shopping street",
        city="Riga",
        country=terms.latvia,
        year_start=2021,
        spaces=[terms.street],
        technologies=[terms.video],
        domains=[terms.cpted],
    )
    lyon = case_study(
        index,
        "lyon-street",
        title="Planters against vehicles in Lyon",
        city="Lyon",
        country=terms.france,
        year_start=2018,
        spaces=[terms.street],
        technologies=[terms.barriers],
    )
    translations = {}
    for code in translate_into:
        translate_term(terms.video, code, {"fr": "Analyse vidéo", "de": "Videoanalyse"}.get(code, f"Video {code}"))
        translate_term(terms.square, code, {"fr": "Place", "de": "Platz"}.get(code, f"Square {code}"))
        translations[code] = SimpleNamespace(
            index=translate(
                index,
                code,
                title={"fr": "Études de cas", "de": "Fallstudien"}.get(code, code),
                slug=f"case-studies-{code}",
            ),
            nice=translate(
                nice,
                code,
                title={
                    "fr": "La reconnaissance faciale au carnaval de Nice",
                    "de": "Gesichtserkennung beim Karneval in Nizza",
                }.get(code, code),
                slug=f"nice-carnival-{code}",
            ),
        )
    return SimpleNamespace(
        index=index, nice=nice, brussels=brussels, riga=riga, lyon=lyon, terms=terms, translations=translations
    )


def more_case_studies(index, count, start=0):
    """``count`` extra case studies spread over the facets, for query-count tests."""
    terms = taxonomy()
    countries = [terms.france, terms.belgium, terms.latvia]
    pages = []
    for number in range(start, start + count):
        pages.append(
            case_study(
                index,
                f"extra-{number}",
                title=f"Extra case study {number}",
                city="Somewhere",
                country=countries[number % 3],
                year_start=2010 + number % 10,
                year_end=2011 + number % 10 if number % 2 else None,
                spaces=[terms.square] if number % 2 else [terms.street, terms.event],
                technologies=[terms.video, terms.facial][: 1 + number % 2],
                domains=[terms.cpted],
            )
        )
    return pages


def default_home():
    return Site.objects.get(is_default_site=True).root_page.specific


def link_from(page, block_type, target, text=""):
    """Append a page-link block (``{"page", "text"}``) to ``page``'s body and publish it.

    Works on the StreamField generically, so a lesson can link to a case study in tests
    without this app importing the training app.
    """
    page.body.append((block_type, {"page": target, "text": text}))
    give_blocks_ids(page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
