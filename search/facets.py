"""Search facets, declared as data.

``TYPE_FACET`` maps a result type to the page models it covers; ``FACETS`` maps a facet
name (its query parameter) to, per page model, the lookup path from that model to a
snippet with a ``slug`` and a ``name``. A model that is not installed is skipped, so the
library's models can be listed before they land. To add a facet: one entry here plus its
label in ``FACET_LABELS``.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

TYPE_FACET = {
    "course": ["training.CoursePage"],
    "lesson": ["training.ModulePage", "training.LessonPage"],
    "quiz": ["training.QuizPage"],
    "case_study": ["casestudies.CaseStudyPage"],
    "resource": ["resources.ResourcePage"],
    # Every other page model counts as "page".
}
OTHER_TYPE = "page"

TYPE_LABELS = {
    "course": _("Course"),
    "lesson": _("Lesson"),
    "quiz": _("Quiz"),
    "case_study": _("Case study"),
    "resource": _("Resource"),
    "page": _("Page"),
}

# facet parameter → {page model label: lookup from that model to a snippet with slug and name}
FACETS = {
    "domain": {
        "training.CoursePage": "domain",
        "casestudies.CaseStudyPage": "domains",
        "resources.ResourcePage": "domains",
    },
    "country": {
        "casestudies.CaseStudyPage": "country",
        "resources.ResourcePage": "country",
    },
    "technology": {
        "casestudies.CaseStudyPage": "technologies",
        "resources.ResourcePage": "technologies",
    },
}

FACET_LABELS = {
    "domain": _("Domain"),
    "country": _("Country"),
    "technology": _("Technology"),
}


def installed_model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def page_lookups(facet_name):
    """Lookup paths from ``Page`` to the facet's snippet, one per installed model."""
    lookups = []
    for label, path in FACETS[facet_name].items():
        model = installed_model(label)
        if model is not None:
            lookups.append(f"{model._meta.model_name}__{path}")
    return lookups


def type_of_model(model):
    label = model._meta.label
    for type_name, labels in TYPE_FACET.items():
        if label in labels:
            return type_name
    return OTHER_TYPE


def models_of_type(type_name):
    """Page models of a type; for "page", every page model not claimed by another type."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if type_of_model(model) == type_name]
