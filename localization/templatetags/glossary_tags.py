from django import template

from localization.glossary import flags_for, terms_in

register = template.Library()


@register.inclusion_tag("localization/glossary_panel.html")
def glossary_panel(translation):
    """Beside the translation editor: this page's glossary terms, and the segments that render one otherwise."""
    code = translation.target_locale.language_code
    english = " ".join(segment.string.data for segment in translation.source.stringsegment_set.select_related("string"))
    return {
        "terms": terms_in(english, code),
        "flags": flags_for(translation),
        "target_language": code,
        "source_language": translation.source.locale.language_code,
    }
