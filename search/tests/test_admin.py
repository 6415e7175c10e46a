"""The search report and the promotions snippet in the Wagtail admin."""

from django.contrib.auth.models import Group, Permission

import pytest

from search.models import LoggedQuery

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/search-terms/"


@pytest.fixture
def logged():
    for query, hits in [("cameras", 3), ("cameras", 3), ("zzz", 0)]:
        LoggedQuery.objects.create(language_code="en", query=query, hits=hits)
    LoggedQuery.objects.create(language_code="fr", query="caméras", hits=2)


def editor(django_user_model, with_report):
    user = django_user_model.objects.create_user(username="ed", password="pw", is_staff=True)
    group = Group.objects.create(name="Search editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if with_report:
        group.permissions.add(Permission.objects.get(codename="view_search_report"))
    user.groups.add(group)
    return user


def test_report_lists_queries_by_frequency_per_language(client, admin_user, logged):
    client.force_login(admin_user)
    html = client.get(REPORT).content.decode()
    assert html.index("cameras") < html.index("zzz")
    only_french = client.get(REPORT + "?language_code=fr").content.decode()
    assert "caméras" in only_french and "zzz" not in only_french
    no_result = client.get(REPORT + "?no_results=true").content.decode()
    assert "zzz" in no_result and "cameras" not in no_result


def test_report_needs_its_permission(client, django_user_model, logged):
    client.force_login(editor(django_user_model, with_report=False))
    assert client.get(REPORT).status_code in {302, 403}


def test_report_with_permission(client, django_user_model, logged):
    client.force_login(editor(django_user_model, with_report=True))
    assert client.get(REPORT).status_code == 200


def test_promotions_are_a_snippet_editors_manage(client, admin_user, site_tree):
    from search.models import Promotion

    client.force_login(admin_user)
    assert client.get("/admin/snippets/agora_search/promotion/").status_code == 200
    response = client.post(
        "/admin/snippets/agora_search/promotion/add/",
        {
            "locale": site_tree.locales["en"].pk,
            "query": " Privacy  Notice ",
            "page": site_tree.privacy.pk,
            "sort_order": 0,
            "description": "",
        },
    )
    assert response.status_code == 302
    assert Promotion.objects.get().query == "privacy notice"
