"""Generate a large, realistic page tree in bulk, for benchmarks.

``generate(pages_per_locale)`` builds, in every locale of AGORA_LANGUAGES, a home page, a
training index with courses (each with a training domain) and standard pages with varied
bodies, writing tree rows with computed treebeard paths (``Page`` rows by ``bulk_create``,
the specific tables by one ``INSERT`` per batch) and the search index in batches. The
load benchmark reuses it. Nothing here is for production.
"""

import hashlib
import random
import uuid
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

BATCH = 1000
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
RARE_WORD = {"en": "zeppelin", "fr": "zeppelin", "de": "zeppelin", "it": "zeppelin", "es": "zeppelin",
             "nl": "zeppelin", "lv": "cepelīns", "el": "ζέπελιν"}  # fmt: skip
RARE_EVERY = 997  # roughly three pages per locale carry the rare word

# Per language: subjects, verbs/phrases and places to compose varied, grammatical sentences.
VOCABULARY = {
    "en": (
        [
            "Security cameras",
            "Street lighting",
            "Local police patrols",
            "Social workers",
            "Event organisers",
            "Urban planners",
            "Volunteers",
            "Crisis teams",
            "Bollards",
            "Residents",
            "Market traders",
            "Youth workers",
        ],
        [
            "make people feel safer in",
            "are being reviewed for",
            "help to prevent crime in",
            "need clear rules in",
            "were discussed with residents of",
            "changed how people use",
            "reduce the risk of attacks in",
            "must respect privacy in",
        ],
        [
            "the main square",
            "the railway station",
            "busy shopping streets",
            "public parks",
            "the old town",
            "stadium surroundings",
            "school entrances",
            "the harbour front",
            "night-time neighbourhoods",
        ],
    ),
    "fr": (
        [
            "Les caméras de surveillance",
            "L'éclairage public",
            "Les patrouilles de police",
            "Les travailleurs sociaux",
            "Les organisateurs d'événements",
            "Les urbanistes",
            "Les bénévoles",
            "Les équipes de crise",
            "Les bornes anti-bélier",
            "Les habitants",
            "Les commerçants",
            "Les éducateurs",
        ],
        [
            "rassurent les passants sur",
            "sont évalués pour",
            "aident à prévenir la délinquance dans",
            "exigent des règles claires dans",
            "ont été discutés avec les riverains de",
            "changent l'usage de",
            "réduisent le risque d'attaque dans",
            "doivent respecter la vie privée dans",
        ],
        [
            "la place principale",
            "la gare",
            "les rues commerçantes",
            "les parcs publics",
            "la vieille ville",
            "les abords du stade",
            "l'entrée des écoles",
            "le port",
            "les quartiers la nuit",
        ],
    ),
    "de": (
        [
            "Überwachungskameras",
            "Die Straßenbeleuchtung",
            "Polizeistreifen",
            "Sozialarbeiter",
            "Veranstalter",
            "Stadtplaner",
            "Ehrenamtliche",
            "Krisenteams",
            "Poller",
            "Anwohner",
            "Marktleute",
            "Jugendarbeiter",
        ],
        [
            "schaffen mehr Sicherheit auf",
            "werden geprüft für",
            "helfen gegen Kriminalität auf",
            "brauchen klare Regeln auf",
            "wurden mit den Anwohnern besprochen für",
            "verändern die Nutzung von",
            "senken das Anschlagsrisiko auf",
            "müssen die Privatsphäre achten auf",
        ],
        [
            "dem Marktplatz",
            "dem Bahnhof",
            "belebten Einkaufsstraßen",
            "öffentlichen Parks",
            "der Altstadt",
            "dem Stadionumfeld",
            "Schuleingängen",
            "der Hafenpromenade",
            "nächtlichen Vierteln",
        ],
    ),
    "it": (
        [
            "Le telecamere di sorveglianza",
            "L'illuminazione pubblica",
            "Le pattuglie di polizia",
            "Gli assistenti sociali",
            "Gli organizzatori di eventi",
            "Gli urbanisti",
            "I volontari",
            "Le squadre di crisi",
            "I dissuasori",
            "I residenti",
            "I commercianti",
            "Gli educatori",
        ],
        [
            "rendono più sicura",
            "vengono valutati per",
            "aiutano a prevenire i reati in",
            "richiedono regole chiare in",
            "sono stati discussi con gli abitanti di",
            "cambiano l'uso di",
            "riducono il rischio di attacchi in",
            "devono rispettare la privacy in",
        ],
        [
            "la piazza principale",
            "la stazione",
            "le vie dello shopping",
            "i parchi pubblici",
            "il centro storico",
            "i dintorni dello stadio",
            "l'ingresso delle scuole",
            "il porto",
            "i quartieri di notte",
        ],
    ),
    "es": (
        [
            "Las cámaras de vigilancia",
            "El alumbrado público",
            "Las patrullas policiales",
            "Los trabajadores sociales",
            "Los organizadores de eventos",
            "Los urbanistas",
            "Los voluntarios",
            "Los equipos de crisis",
            "Los bolardos",
            "Los vecinos",
            "Los comerciantes",
            "Los educadores",
        ],
        [
            "dan más seguridad en",
            "se evalúan para",
            "ayudan a prevenir delitos en",
            "necesitan normas claras en",
            "se debatieron con los vecinos de",
            "cambian el uso de",
            "reducen el riesgo de ataques en",
            "deben respetar la privacidad en",
        ],
        [
            "la plaza mayor",
            "la estación",
            "las calles comerciales",
            "los parques públicos",
            "el casco antiguo",
            "los alrededores del estadio",
            "la entrada de los colegios",
            "el puerto",
            "los barrios de noche",
        ],
    ),
    "nl": (
        [
            "Bewakingscamera's",
            "Straatverlichting",
            "Politiepatrouilles",
            "Maatschappelijk werkers",
            "Evenementenorganisatoren",
            "Stedenbouwkundigen",
            "Vrijwilligers",
            "Crisisteams",
            "Paaltjes",
            "Bewoners",
            "Marktkooplieden",
            "Jongerenwerkers",
        ],
        [
            "zorgen voor meer veiligheid op",
            "worden beoordeeld voor",
            "helpen criminaliteit te voorkomen op",
            "vragen om duidelijke regels op",
            "zijn besproken met bewoners van",
            "veranderen het gebruik van",
            "verkleinen het risico op aanslagen op",
            "moeten de privacy respecteren op",
        ],
        [
            "het centrale plein",
            "het station",
            "drukke winkelstraten",
            "openbare parken",
            "de oude binnenstad",
            "de omgeving van het stadion",
            "schoolingangen",
            "de haven",
            "uitgaansbuurten",
        ],
    ),
    "lv": (
        [
            "Videonovērošanas kameras",
            "Ielu apgaismojums",
            "Policijas patruļas",
            "Sociālie darbinieki",
            "Pasākumu rīkotāji",
            "Pilsētplānotāji",
            "Brīvprātīgie",
            "Krīzes komandas",
            "Stabiņi",
            "Iedzīvotāji",
            "Tirgotāji",
            "Jaunatnes darbinieki",
        ],
        [
            "palielina drošību",
            "tiek izvērtēti",
            "palīdz novērst noziegumus",
            "prasa skaidrus noteikumus",
            "tika apspriesti ar iedzīvotājiem",
            "maina izmantošanu",
            "samazina uzbrukumu risku",
            "ievēro privātumu",
        ],
        [
            "galvenajā laukumā",
            "stacijā",
            "iepirkšanās ielās",
            "publiskajos parkos",
            "vecpilsētā",
            "stadiona apkārtnē",
            "pie skolām",
            "ostā",
            "nakts kvartālos",
        ],
    ),
    "el": (
        [
            "Οι κάμερες παρακολούθησης",
            "Ο δημόσιος φωτισμός",
            "Οι περιπολίες της αστυνομίας",
            "Οι κοινωνικοί λειτουργοί",
            "Οι διοργανωτές εκδηλώσεων",
            "Οι πολεοδόμοι",
            "Οι εθελοντές",
            "Οι ομάδες κρίσεων",
            "Τα κολωνάκια",
            "Οι κάτοικοι",
            "Οι έμποροι",
            "Οι εργαζόμενοι με νέους",
        ],
        [
            "ενισχύουν την ασφάλεια σε",
            "αξιολογούνται για",
            "βοηθούν στην πρόληψη του εγκλήματος σε",
            "χρειάζονται σαφείς κανόνες σε",
            "συζητήθηκαν με τους κατοίκους για",
            "αλλάζουν τη χρήση σε",
            "μειώνουν τον κίνδυνο επιθέσεων σε",
            "σέβονται την ιδιωτικότητα σε",
        ],
        [
            "την κεντρική πλατεία",
            "τον σιδηροδρομικό σταθμό",
            "πολυσύχναστους εμπορικούς δρόμους",
            "δημόσια πάρκα",
            "την παλιά πόλη",
            "γύρω από το γήπεδο",
            "εισόδους σχολείων",
            "το λιμάνι",
            "νυχτερινές γειτονιές",
        ],
    ),
}


def sentence(rng, code):
    subjects, verbs, places = VOCABULARY.get(code, VOCABULARY["en"])
    return f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(places)}."


def paragraph(rng, code, sentences):
    return " ".join(sentence(rng, code) for _ in range(sentences))


def child_path(parent_path, position):
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent_path + digits.rjust(STEPLEN, "0")


def specific_row(page_pk, instance):
    """The specific table's row of ``instance``, column by column from the model itself.

    Every local concrete field of the model gets the value the model would save: the
    values given, the field's default otherwise (``pre_save`` then ``get_db_prep_save``),
    so a field added later is filled as the ORM would fill it, or the insert fails loudly
    (the bench smoke test runs this in CI).
    """
    model = type(instance)
    row = {model._meta.pk.column: page_pk}
    for field in model._meta.local_concrete_fields:
        if field.primary_key:
            continue
        row[field.column] = field.get_db_prep_save(field.pre_save(instance, True), connection)
    return row


def validate_specific_fields(instance):
    """Run the model's own field validation on the fields of its specific table."""
    from wagtail.models import Page

    page_fields = {field.name for field in Page._meta.get_fields()}
    instance.clean_fields(exclude=page_fields)


def insert_specific_rows(model, rows):
    """INSERT the specific table's rows (page_ptr_id first) for pages already in wagtailcore_page."""
    if not rows:
        return
    columns = list(rows[0])
    table = connection.ops.quote_name(model._meta.db_table)
    placeholders = ", ".join(["%s"] * len(columns))
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({placeholders})",  # noqa: S608 - names come from the model
            [[row[column] for column in columns] for row in rows],
        )


def bulk_children(parent, model, specs, start_position):
    """Create ``specs`` (dicts: title, slug, ``fields`` for the model) as live children of ``parent``.

    The first spec's instance is validated with the model's ``clean_fields``; every row is
    built by :func:`specific_row`.
    """
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages = []
    for offset, spec in enumerate(specs):
        published = now - timezone.timedelta(minutes=spec.get("age_minutes", offset))
        pages.append(
            Page(
                path=child_path(parent.path, start_position + offset),
                depth=parent.depth + 1,
                numchild=0,
                title=spec["title"],
                draft_title=spec["title"],
                slug=spec["slug"],
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{spec['slug']}/",
                seo_title="",
                show_in_menus=False,
                search_description=spec.get("search_description", ""),
                first_published_at=published,
                last_published_at=published,
                live_revision=None,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                locked=False,
            )
        )
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError("bench data needs PostgreSQL")
    instances = [model(title=spec["title"], slug=spec["slug"], **spec["fields"]) for spec in specs]
    if instances:
        validate_specific_fields(instances[0])
    created = Page.objects.bulk_create(pages, batch_size=BATCH)
    insert_specific_rows(
        model, [specific_row(page.pk, instance) for page, instance in zip(created, instances, strict=True)]
    )
    return [page.pk for page in created]


def index_pages(model, ids):
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    index = backend.get_index_for_model(model)
    for start in range(0, len(ids), BATCH):
        chunk = list(model.objects.filter(pk__in=ids[start : start + BATCH]))
        index.add_items(model, chunk)


def ensure_sites():
    """A home page and a training index per locale, made with the normal API (a few pages)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from portal.languages import language_codes
    from training.models import TrainingIndexPage

    root = Page.get_first_root_node()
    homes, indexes = {}, {}
    for code in language_codes():
        locale, _ = Locale.objects.get_or_create(language_code=code)
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            home = HomePage(title=f"Agora {code}", slug=f"home-{code}", locale=locale)
            root.add_child(instance=home)
            home.save_revision().publish()
        homes[code] = Page.objects.get(pk=home.pk)
        index = TrainingIndexPage.objects.filter(locale=locale).first()
        if index is None:
            index = TrainingIndexPage(title="Training", slug=f"training-{code}", introduction="", locale=locale)
            home.add_child(instance=index)
            index.save_revision().publish()
        indexes[code] = Page.objects.get(pk=index.pk)
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": homes[language_codes()[0]]}
    )
    # Fresh rows: numchild changed as the indexes were added.
    homes = {code: Page.objects.get(pk=page.pk) for code, page in homes.items()}
    return homes, indexes


def ensure_domains():
    from wagtail.models import Locale

    from portal.languages import language_codes
    from portal.models import Domain

    slugs = ["vulnerability-analysis", "cpted", "crisis-communication", "ethical-technology"]
    domains = {}
    for code in language_codes():
        locale = Locale.objects.get(language_code=code)
        for slug in slugs:
            domain, _ = Domain.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": slug.replace("-", " ")}
            )
            domains.setdefault(code, []).append(domain)
    return domains


def generate(pages_per_locale=2500, courses_per_locale=100, seed=20260101, log=print):
    """Add ``pages_per_locale`` live pages to every locale (``courses_per_locale`` of them courses)."""
    from wagtail.rich_text import RichText

    from home.models import StandardPage
    from portal.languages import language_codes
    from training.models import CoursePage

    courses_per_locale = min(courses_per_locale, pages_per_locale // 10)
    rng = random.Random(seed)  # noqa: S311 - reproducible fake content, not secrets
    homes, indexes = ensure_sites()
    domains = ensure_domains()
    for code in language_codes():
        home, training = homes[code], indexes[code]
        with transaction.atomic():
            standard_specs = []
            for number in range(pages_per_locale - courses_per_locale):
                title = sentence(rng, code).rstrip(".")[:200]
                text = paragraph(rng, code, rng.randint(6, 30))
                if number % RARE_EVERY == 0:
                    text += f" {RARE_WORD.get(code, 'zeppelin')}."
                standard_specs.append(
                    {
                        "title": title,
                        "slug": f"{slugify(title)[:40]}-{number}",
                        "age_minutes": rng.randint(0, 525600),
                        "fields": {
                            "introduction": paragraph(rng, code, 1),
                            "body": [("paragraph", RichText(f"<p>{text}</p>"))],
                        },
                    }
                )
            standard_ids = bulk_children(home, StandardPage, standard_specs, home.numchild + 1)
            course_specs = []
            for number in range(courses_per_locale):
                title = sentence(rng, code).rstrip(".")[:200]
                course_specs.append(
                    {
                        "title": title,
                        "slug": f"course-{number}",
                        "age_minutes": rng.randint(0, 525600),
                        "fields": {
                            "domain": rng.choice(domains[code]),
                            "summary": paragraph(rng, code, 3),
                            "estimated_minutes": rng.choice([30, 45, 60, 90]),
                            "competences": [("competence", f"{sentence(rng, code)}")],
                        },
                    }
                )
            course_ids = bulk_children(training, CoursePage, course_specs, training.numchild + 1)
            from wagtail.models import Page

            Page.objects.filter(pk=home.pk).update(numchild=home.numchild + len(standard_ids))
            Page.objects.filter(pk=training.pk).update(numchild=training.numchild + len(course_ids))
            index_pages(StandardPage, standard_ids)
            index_pages(CoursePage, course_ids)
        log(f"  {code}: {len(standard_ids)} standard pages, {len(course_ids)} courses")


def schema_key():
    """A short digest of every migration on disk and of this generator: a cached dump made
    under another schema (or by another generator) has another name and is never restored."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    for app_label, name in sorted(MigrationLoader(None, ignore_no_migrations=True).disk_migrations):
        digest.update(f"{app_label}.{name}\n".encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:12]


def database_counts():
    """Rows that matter for search, as a dict (printed before timing)."""
    from django.db.models import Count

    from modelsearch.conf import get_app_config
    from wagtail.models import Page

    counts = {"pages": Page.objects.count(), "live pages": Page.objects.filter(live=True).count()}
    for row in Page.objects.values("locale__language_code").annotate(n=Count("id")).order_by("locale__language_code"):
        counts[f"pages in {row['locale__language_code']}"] = row["n"]
    counts["index entries"] = get_app_config().get_model("IndexEntry").objects.count()
    return counts
