"""Demo taxonomy of the knowledge library: technologies, space types, topics and countries.

Runs after the training loader (which makes the four domains) and before the library's
loaders. Term names are translated into every language of the portal; countries exist in
every locale, named by django-countries in that language.
"""

from wagtail.models import Locale

from portal.demo import demo_loader, ensure_locales
from portal.languages import language_codes
from portal.models import Country, SpaceType, Technology, Topic

TECHNOLOGIES = {
    "facial-recognition": "Facial recognition",
    "video-analytics": "Video analytics",
    "hostile-vehicle-mitigation": "Hostile vehicle mitigation",
    "drones": "Drones",
    "crowd-monitoring": "Crowd monitoring",
    "surveillance-cameras": "Surveillance cameras",
}
SPACE_TYPES = {
    "square": "Square",
    "transport-hub": "Transport hub",
    "shopping-street": "Shopping street",
    "event-venue": "Event venue",
    "school": "School",
    "place-of-worship": "Place of worship",
}
TOPICS = {
    "privacy": "Privacy and data protection",
    "terrorism": "Protection against terrorism",
    "training": "Training and capacity building",
    "urban-design": "Urban design",
}
COUNTRIES = ["BE", "DE", "ES", "FR", "LV", "NL", "SE"]

# Taxonomy term names: language → {English name: translation}.
TERM_TRANSLATIONS = {
    "fr": {
        "Facial recognition": "Reconnaissance faciale",
        "Video analytics": "Analyse vidéo",
        "Hostile vehicle mitigation": "Protection contre les véhicules-béliers",
        "Drones": "Drones",
        "Crowd monitoring": "Surveillance des foules",
        "Surveillance cameras": "Caméras de surveillance",
        "Square": "Place",
        "Transport hub": "Pôle de transport",
        "Shopping street": "Rue commerçante",
        "Event venue": "Lieu d'événements",
        "School": "École",
        "Place of worship": "Lieu de culte",
        "Privacy and data protection": "Vie privée et protection des données",
        "Protection against terrorism": "Protection contre le terrorisme",
        "Training and capacity building": "Formation et renforcement des capacités",
        "Urban design": "Aménagement urbain",
    },
    "de": {
        "Facial recognition": "Gesichtserkennung",
        "Video analytics": "Videoanalyse",
        "Hostile vehicle mitigation": "Schutz vor Überfahrtaten",
        "Drones": "Drohnen",
        "Crowd monitoring": "Überwachung von Menschenmengen",
        "Surveillance cameras": "Videoüberwachung",
        "Square": "Platz",
        "Transport hub": "Verkehrsknotenpunkt",
        "Shopping street": "Einkaufsstraße",
        "Event venue": "Veranstaltungsort",
        "School": "Schule",
        "Place of worship": "Gotteshaus",
        "Privacy and data protection": "Privatsphäre und Datenschutz",
        "Protection against terrorism": "Schutz vor Terrorismus",
        "Training and capacity building": "Schulung und Kompetenzaufbau",
        "Urban design": "Stadtgestaltung",
    },
    "it": {
        "Facial recognition": "Riconoscimento facciale",
        "Video analytics": "Analisi video",
        "Hostile vehicle mitigation": "Protezione contro i veicoli ostili",
        "Drones": "Droni",
        "Crowd monitoring": "Monitoraggio delle folle",
        "Surveillance cameras": "Videosorveglianza",
        "Square": "Piazza",
        "Transport hub": "Nodo di trasporto",
        "Shopping street": "Via commerciale",
        "Event venue": "Luogo di eventi",
        "School": "Scuola",
        "Place of worship": "Luogo di culto",
        "Privacy and data protection": "Privacy e protezione dei dati",
        "Protection against terrorism": "Protezione contro il terrorismo",
        "Training and capacity building": "Formazione e sviluppo delle capacità",
        "Urban design": "Progettazione urbana",
    },
    "es": {
        "Facial recognition": "Reconocimiento facial",
        "Video analytics": "Análisis de vídeo",
        "Hostile vehicle mitigation": "Protección contra vehículos hostiles",
        "Drones": "Drones",
        "Crowd monitoring": "Vigilancia de multitudes",
        "Surveillance cameras": "Cámaras de vigilancia",
        "Square": "Plaza",
        "Transport hub": "Nudo de transporte",
        "Shopping street": "Calle comercial",
        "Event venue": "Recinto de eventos",
        "School": "Escuela",
        "Place of worship": "Lugar de culto",
        "Privacy and data protection": "Privacidad y protección de datos",
        "Protection against terrorism": "Protección contra el terrorismo",
        "Training and capacity building": "Formación y desarrollo de capacidades",
        "Urban design": "Diseño urbano",
    },
    "nl": {
        "Facial recognition": "Gezichtsherkenning",
        "Video analytics": "Videoanalyse",
        "Hostile vehicle mitigation": "Bescherming tegen voertuigaanslagen",
        "Drones": "Drones",
        "Crowd monitoring": "Monitoring van mensenmassa's",
        "Surveillance cameras": "Bewakingscamera's",
        "Square": "Plein",
        "Transport hub": "Vervoersknooppunt",
        "Shopping street": "Winkelstraat",
        "Event venue": "Evenementenlocatie",
        "School": "School",
        "Place of worship": "Gebedshuis",
        "Privacy and data protection": "Privacy en gegevensbescherming",
        "Protection against terrorism": "Bescherming tegen terrorisme",
        "Training and capacity building": "Opleiding en capaciteitsopbouw",
        "Urban design": "Stedenbouwkundig ontwerp",
    },
    "lv": {
        "Facial recognition": "Sejas atpazīšana",
        "Video analytics": "Video analītika",
        "Hostile vehicle mitigation": "Aizsardzība pret transportlīdzekļu uzbrukumiem",
        "Drones": "Droni",
        "Crowd monitoring": "Pūļa uzraudzība",
        "Surveillance cameras": "Novērošanas kameras",
        "Square": "Laukums",
        "Transport hub": "Transporta mezgls",
        "Shopping street": "Iepirkšanās iela",
        "Event venue": "Pasākumu norises vieta",
        "School": "Skola",
        "Place of worship": "Dievnams",
        "Privacy and data protection": "Privātums un datu aizsardzība",
        "Protection against terrorism": "Aizsardzība pret terorismu",
        "Training and capacity building": "Apmācība un spēju veidošana",
        "Urban design": "Pilsētvides dizains",
    },
    "el": {
        "Facial recognition": "Αναγνώριση προσώπου",
        "Video analytics": "Ανάλυση βίντεο",
        "Hostile vehicle mitigation": "Προστασία από επιθέσεις με οχήματα",
        "Drones": "Drones",
        "Crowd monitoring": "Παρακολούθηση πλήθους",
        "Surveillance cameras": "Κάμερες παρακολούθησης",
        "Square": "Πλατεία",
        "Transport hub": "Κόμβος μεταφορών",
        "Shopping street": "Εμπορικός δρόμος",
        "Event venue": "Χώρος εκδηλώσεων",
        "School": "Σχολείο",
        "Place of worship": "Χώρος λατρείας",
        "Privacy and data protection": "Ιδιωτικότητα και προστασία δεδομένων",
        "Protection against terrorism": "Προστασία από την τρομοκρατία",
        "Training and capacity building": "Κατάρτιση και ανάπτυξη ικανοτήτων",
        "Urban design": "Αστικός σχεδιασμός",
    },
}


@demo_loader(order=25)
def load_taxonomy(log):
    source = ensure_locales()
    _ensure_terms(source, log)


def _ensure_terms(source, log):
    for model, names in ((Technology, TECHNOLOGIES), (SpaceType, SPACE_TYPES), (Topic, TOPICS)):
        for slug, name in names.items():
            term, created = model.objects.get_or_create(locale=source, slug=slug, defaults={"name": name})
            if created:
                log(f"  created the {model._meta.verbose_name} {name!r}")
            for code, strings in TERM_TRANSLATIONS.items():
                locale = Locale.objects.get(language_code=code)
                if name in strings and not model.objects.filter(locale=locale, slug=slug).exists():
                    translated = term.copy_for_translation(locale)
                    translated.name = strings[name]
                    translated.save()
    for code in COUNTRIES:
        country, _created = Country.objects.get_or_create(locale=source, slug=code.lower(), defaults={"code": code})
        # Every locale gets the country, named by django-countries in its language.
        for language in language_codes():
            locale = Locale.objects.get(language_code=language)
            if locale != source and not Country.objects.filter(locale=locale, slug=country.slug).exists():
                translated = country.copy_for_translation(locale)
                translated.name = ""
                translated.save()
