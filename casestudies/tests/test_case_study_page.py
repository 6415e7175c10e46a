"""A case study's page: facts in the visitor's language, sources, related case studies and "Cite this"."""

from django.utils import translation

import pytest

from casestudies.tests.factories import build_case_studies
from portal.models import Country


@pytest.fixture
def library(site_tree):
    return build_case_studies(site_tree.home)


def test_page_shows_its_facts(client, library):
    library.nice.related_case_studies = [("case_study", library.brussels)]
    library.nice.save_revision().publish()
    html = client.get(library.nice.url).content.decode()
    assert "<h1>Facial recognition at the Nice Carnival</h1>" in html
    assert "Nice, France" in html
    assert "Square, Event venue" in html or "Event venue, Square" in html
    assert '<a href="https://example.org/nice" rel="noopener">The city&#x27;s report</a>' in html
    assert f'<a href="{library.brussels.url}">Barriers and cameras on a Brussels square</a>' in html
    assert "Cite this" in html


def test_french_page_names_terms_in_french(client, library):
    html = client.get(library.translations["fr"].nice.url).content.decode()
    assert "<h1>La reconnaissance faciale au carnaval de Nice</h1>" in html
    assert "Analyse vidéo" in html
    assert "Place" in html
    # The translation keeps the same terms (synchronised), named in French where translated.
    assert "Facial recognition" in html  # not translated in the factory: the English name is shown


def test_country_name_defaults_from_its_code_in_the_rows_language(db):
    from wagtail.models import Locale

    english = Country.objects.create(locale=Locale.objects.get_or_create(language_code="en")[0], code="DE")
    assert (english.name, english.slug) == ("Germany", "de")
    german = english.copy_for_translation(Locale.objects.get_or_create(language_code="de")[0])
    german.name = ""
    german.save()
    assert (german.name, german.slug, german.code) == ("Deutschland", "de", "DE")


def test_citation_formats(library):
    with translation.override("en"):
        citation = library.brussels.citation()
    url = "http://localhost/en/case-studies/brussels-square/"
    assert citation.plain_text() == (
        f"Agora (2017). Barriers and cameras on a Brussels square [Case study]. Brussels, Belgium. {url}"
    )
    assert citation.bibtex() == (
        "@misc{agora_brussels_square,\n"
        "  title = {Barriers and cameras on a Brussels square},\n"
        "  author = {{Agora}},\n"
        "  year = {2017},\n"
        "  howpublished = {Case study},\n"
        "  address = {Brussels, Belgium},\n"
        "  language = {en},\n"
        f"  url = {{{url}}}\n"
        "}"
    )
    assert citation.ris() == (
        "TY  - GEN\n"
        "TI  - Barriers and cameras on a Brussels square\n"
        "AU  - Agora\n"
        "PY  - 2017\n"
        "CY  - Brussels, Belgium\n"
        "LA  - en\n"
        "PB  - Agora\n"
        f"UR  - {url}\n"
        "ER  - "
    )


def test_bibtex_escapes_special_characters():
    from portal.citations import Citation

    citation = Citation(
        key="Ünïcode key, 50%", title="Costs & {benefits} at 50% of $_#~^\\", author="A_B", year=None, url="u"
    )
    assert citation.bibtex().splitlines()[:3] == [
        "@misc{unicode_key_50,",
        r"  title = {Costs \& \{benefits\} at 50\% of \$\_\#\textasciitilde{}\textasciicircum{}\textbackslash{}},",
        r"  author = {{A\_B}},",
    ]
    assert (
        "\n"
        not in Citation(key="k", title="Two\nlines", author="x", year=1, url="u")
        .ris()
        .split("TI  - ")[1]
        .split("\nAU")[0]
    )


def test_page_renders_in_a_few_queries(client, library, django_assert_max_num_queries):
    client.get("/en/")  # Wagtail's site-root cache, shared by every page; the taxonomy names stay cold.
    with django_assert_max_num_queries(20):
        assert client.get(library.nice.url).status_code == 200
