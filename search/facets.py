"""Search facets, declared as data.

``TYPE_FACET`` maps a result type to the page models it covers; ``FACETS`` maps a facet
name (its query parameter) to, per page model, a lookup path from that model. The facet's
kind (``FACET_KINDS``, default ``snippet``) says what the path leads to: ``snippet``, a
snippet with a ``slug`` and a ``name``; ``choice``, a field with choices (the value is the
choice, the label its display name); ``year``, a year field, or a ``(first, last)`` pair of
year fields for a period (a page counts under every year of its period). A model that is
not installed is skipped. To add a facet: one entry here plus its label in ``FACET_LABELS``.
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
    "resource_type": {
        "resources.ResourcePage": "resource_type",
    },
    "year": {
        "casestudies.CaseStudyPage": ("year_start", "year_end"),
        "resources.ResourcePage": "year",
    },
}

FACET_KINDS = {"resource_type": "choice", "year": "year"}

FACET_LABELS = {
    "domain": _("Domain"),
    "country": _("Country"),
    "technology": _("Technology"),
    "resource_type": _("Type of resource"),
    "year": _("Year"),
}


def installed_model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def facet_kind(facet_name):
    return FACET_KINDS.get(facet_name, "snippet")


def facet_models(facet_name):
    """[(model, path)] of the facet's installed models; ``path`` as written in ``FACETS``."""
    pairs = []
    for label, path in FACETS[facet_name].items():
        model = installed_model(label)
        if model is not None:
            pairs.append((model, path))
    return pairs


def page_lookups(facet_name):
    """Lookup paths from ``Page`` to the facet's snippet or field, one per installed model.

    A period (a pair of year fields) gives a pair of lookups.
    """
    lookups = []
    for model, path in facet_models(facet_name):
        if isinstance(path, tuple):
            lookups.append(tuple(f"{model._meta.model_name}__{part}" for part in path))
        else:
            lookups.append(f"{model._meta.model_name}__{path}")
    return lookups


def choice_labels(facet_name):
    """{value: label} of a ``choice`` facet, from its models' field choices."""
    labels = {}
    for model, path in facet_models(facet_name):
        labels.update({str(value): label for value, label in model._meta.get_field(path).flatchoices})
    return labels


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
