"""Translations of the training app's demo content, one module per language.

Each mapping is keyed by the English segment exactly as wagtail-localize extracts it
(``portal.demo.source_segments``). Written by us, as a translator would, following
the glossary (public space: espace public / öffentlicher Raum; training: formation /
Schulung; CPTED: prévention situationnelle / städtebauliche Kriminalprävention; formal
address). The domains and the training index are in every locale; the
vulnerability-analysis course, every page of it, in French and German.
"""

from training.demo_learning import COMPETENCE_TRANSLATIONS
from training.demo_translations import de, el, es, fr, it, lv, nl

_LANGUAGES = {"fr": fr, "de": de, "it": it, "es": es, "nl": nl, "lv": lv, "el": el}

# language code → {English segment: translation}
DOMAINS = {code: module.DOMAINS for code, module in _LANGUAGES.items()}
INDEX = {code: module.INDEX for code, module in _LANGUAGES.items()}

# course slug → language code → {English segment: translation}, for every page of the course
COURSES = {
    "vulnerability-analysis": {
        code: {**module.VULNERABILITY_ANALYSIS, **COMPETENCE_TRANSLATIONS[code]}
        for code, module in (("fr", fr), ("de", de))
    },
}
