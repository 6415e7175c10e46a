"""The case-study form in the admin offers taxonomy terms in the edited page's language only
(portal/admin_forms.py), and keeps what a page already carries."""

from django.urls import reverse

import pytest

from casestudies.models import CaseStudyPage
from casestudies.tests.factories import build_case_studies
from portal.models import SpaceType


@pytest.fixture
def library(site_tree):
    return build_case_studies(site_tree.home)


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def offered(response, field):
    return list(response.context["form"].fields[field].queryset.order_by("slug"))


def test_a_new_english_case_study_offers_english_terms_only(editor, library):
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", library.index.pk])
    response = editor.get(url)
    assert response.status_code == 200
    spaces = offered(response, "space_types")
    assert {space.locale.language_code for space in spaces} == {"en"}
    assert [space.slug for space in spaces] == ["event-venue", "shopping-street", "square"]
    place = SpaceType.objects.get(slug="square", locale__language_code="fr")  # exists, and is not offered
    square = SpaceType.objects.get(slug="square", locale__language_code="en")
    html = response.content.decode()  # the panel's widget travels as JSON: <option value=\"pk\">
    assert f'option value=\\"{square.pk}\\"' in html
    assert f'option value=\\"{place.pk}\\"' not in html


def test_the_french_index_offers_french_terms_and_keeps_the_chosen_ones(editor, library):
    french_nice = library.translations["fr"].nice
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[french_nice.pk]))
    assert response.status_code == 200
    spaces = offered(response, "space_types")
    french = [space for space in spaces if space.locale.language_code == "fr"]
    assert [space.name for space in french] == ["Place"]
    # Synchronised from the English page, the page carries English terms: they stay offered, so nothing is lost.
    carried = set(CaseStudyPage.objects.get(pk=french_nice.pk).space_types.values_list("pk", flat=True))
    assert carried <= {space.pk for space in spaces}
    assert not [space for space in spaces if space.locale.language_code not in {"fr"} and space.pk not in carried]
