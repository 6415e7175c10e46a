"""Demo content of the home app: locales, home pages, about, privacy and legal pages."""

import datetime

from wagtail.models import Page, Site

from home.demo_translations import ABOUT, HOME, LEGAL, PRIVACY
from home.models import FooterSettings, HomePage, StandardPage
from portal.demo import demo_loader, ensure_locales, get_or_create_child, give_blocks_ids, translate_page

HOME_BODY = [
    {
        "type": "hero",
        "value": {
            "heading": "Open, safe public spaces — learnt together",
            "text": (
                "Free training, case studies and resources for the people who protect Europe's "
                "squares, streets, stations and events: security coordinators, planners, police, "
                "social workers, event organisers and volunteers."
            ),
            "actions": [],
        },
    },
    {
        "type": "news_events",
        "value": {
            "heading": "News and events",
            "items": [
                {
                    "kind": "news",
                    "title": "Training platform for local stakeholders opens",
                    "date": datetime.date(2023, 5, 15),
                    "place": "",
                    "summary": (
                        "The online training on the protection of public spaces is open to local "
                        "and regional authorities and their partners, free of charge."
                    ),
                    "link": "",
                },
                {
                    "kind": "event",
                    "title": "Webinar: assessing technologies that protect public spaces",
                    "date": datetime.date(2020, 7, 9),
                    "place": "Online",
                    "summary": (
                        "Practitioners from eleven countries compared tools for choosing security "
                        "technologies that fit a city's needs."
                    ),
                    "link": "",
                },
            ],
        },
    },
]

ABOUT_BODY = [
    {"type": "heading", "value": {"text": "Why Agora exists", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Public spaces are where people meet, trade, celebrate and protest. Because they "
            "are open, they can also become targets. Protecting them without closing them is a "
            "task shared by many professions and several levels of government.</p>"
        ),
    },
    {
        "type": "paragraph",
        "value": (
            "<p>Agora brings together training in four domains — vulnerability analysis, crime "
            "prevention through environmental design, crisis communication and the ethical use "
            "of security technologies — with case studies and resources from cities across Europe.</p>"
        ),
    },
    {
        "type": "key_points",
        "value": {
            "title": "What you will find",
            "points": [
                "Self-paced courses with quizzes and a certificate anyone can verify",
                "Case studies from European cities, with their results and legal basis",
                "Reports, guides and toolkits in several languages",
            ],
        },
    },
]

PRIVACY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>Agora keeps only what it needs to run your training: your account, your progress, "
            "your quiz attempts and your certificates. You can download all of it, or delete your "
            "account, at any time.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "tone": "info",
            "title": "No tracking",
            "text": "<p>Agora loads nothing from other websites and sets no advertising cookies.</p>",
        },
    },
]

LEGAL_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>This is a demonstration installation of Agora. The content is written for training "
            "purposes and does not state the position of any public body.</p>"
        ),
    },
]


@demo_loader(order=10)
def load_home(log):
    source_locale = ensure_locales()
    home = _ensure_home(source_locale, log)

    about, _ = get_or_create_child(
        home,
        StandardPage,
        "about",
        title="About Agora",
        show_in_menus=True,
        introduction="A shared place to learn how to keep public spaces open and safe.",
        search_description="Who Agora is for and what it offers.",
        body=ABOUT_BODY,
    )
    privacy, _ = get_or_create_child(
        home,
        StandardPage,
        "privacy",
        title="Privacy notice",
        introduction="What Agora stores about you, and why.",
        search_description="How Agora handles personal data.",
        body=PRIVACY_BODY,
    )
    legal, _ = get_or_create_child(
        home,
        StandardPage,
        "legal",
        title="Legal notice",
        introduction="Who publishes this site.",
        search_description="Publisher and terms of use.",
        body=LEGAL_BODY,
    )

    _feature_on_home(home, [about])

    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.privacy_page = privacy
    footer.legal_page = legal
    footer.contact_email = footer.contact_email or "contact@agora.localhost"
    footer.organisation = footer.organisation or "Agora demonstration"
    footer.save()

    for page, translations in ((home, HOME), (about, ABOUT), (privacy, PRIVACY), (legal, LEGAL)):
        for code, strings in translations.items():
            if not page.get_translations().filter(locale__language_code=code, alias_of__isnull=True).exists():
                translate_page(page, code, strings)
                log(f"  translated {page.title!r} into {code}")


def _feature_on_home(home, pages):
    """Add the "Start here" block to the home page, once."""
    if any(block.block_type == "featured_pages" for block in home.body):
        return
    home.body.insert(
        1,
        (
            "featured_pages",
            {
                "heading": "Start here",
                "intro": "Four training domains, one portal, your language.",
                "pages": pages,
            },
        ),
    )
    home.save_revision().publish()


def _ensure_home(source_locale, log):
    """Replace Wagtail's welcome page with Agora's home page, once."""
    existing = HomePage.objects.filter(locale=source_locale).first()
    if existing is not None:
        return existing
    root = Page.get_first_root_node()
    # Wagtail's placeholder welcome page (and with it the default site) makes way.
    for placeholder in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
        placeholder.delete()
    home = HomePage(
        title="Agora",
        slug="home",
        search_description=("Training, case studies and resources for the people who protect Europe's public spaces."),
        body=HOME_BODY,
    )
    give_blocks_ids(home)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Agora"},
    )
    log("  created the home page")
    return home
