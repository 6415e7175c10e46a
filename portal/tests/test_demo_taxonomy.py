"""Every demo taxonomy term is named in every language of the portal (the filters show them)."""

from portal.demo_content import SPACE_TYPES, TECHNOLOGIES, TERM_TRANSLATIONS, TOPICS
from portal.languages import language_codes


def test_every_term_has_a_name_in_every_other_language():
    names = {*TECHNOLOGIES.values(), *SPACE_TYPES.values(), *TOPICS.values()}
    assert set(TERM_TRANSLATIONS) == set(language_codes()) - {"en"}
    for code, strings in TERM_TRANSLATIONS.items():
        assert set(strings) == names, code
        assert all(value.strip() for value in strings.values()), code
