"""Self-evaluation before and after a course, the dashboard chart, and learning paths."""

from django.urls import reverse
from django.utils import translation

import pytest

from accounts.tests.factories import make_trainee
from portal.profiles import StaffProfile
from training.models import LearningPath, SelfEvaluation
from training.tests.factories import COMPETENCES, build_course, complete_course

pytestmark = pytest.mark.django_db


def url(course, stage, language="en"):
    with translation.override(language):
        return reverse("self_evaluation", args=[course.translation_key, stage])


@pytest.fixture
def built(db):
    return build_course(translate_into=("fr",), competences=COMPETENCES)


def statement_ids(course):
    return [child.id for child in course.competences]


def test_ids_of_statements_are_the_same_in_every_translation(built):
    assert statement_ids(built.course) == statement_ids(built.translations["fr"].course)


def test_rate_before_in_english_and_see_it_in_french(client, built):
    trainee = make_trainee()
    client.force_login(trainee)
    first, second = statement_ids(built.course)
    response = client.get(url(built.course, "before"))
    assert response.status_code == 200
    assert COMPETENCES[0] in response.content.decode()
    response = client.post(url(built.course, "before"), {f"c-{first}": "2", f"c-{second}": "1"})
    assert response.status_code == 302
    evaluation = SelfEvaluation.objects.get(user=trainee, stage="before")
    assert evaluation.ratings == {first: 2, second: 1}
    french = client.get(url(built.course, "before", "fr"))
    assert french.status_code == 200
    assert french.context["ratings"] == {first: 2, second: 1}


def test_a_missing_rating_shows_the_form_again_and_stores_nothing(client, built):
    client.force_login(make_trainee())
    first, _second = statement_ids(built.course)
    response = client.post(url(built.course, "before"), {f"c-{first}": "3"})
    assert response.status_code == 200
    assert "Choose a rating from 1 to 5." in response.content.decode()
    assert not SelfEvaluation.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"c-unknown": "3"},
        {"first": "0"},
        {"first": "6"},
        {"first": "three"},
        {"first": ["2", "3"]},
    ],
)
def test_forged_ratings_are_rejected_with_400(client, built, data):
    client.force_login(make_trainee())
    first, second = statement_ids(built.course)
    post = {f"c-{second}": "3"}
    for key, value in data.items():
        post[f"c-{first}" if key == "first" else key] = value
    response = client.post(url(built.course, "before"), post)
    assert response.status_code == 400
    assert not SelfEvaluation.objects.exists()


def test_after_only_once_completed_and_the_dashboard_shows_both(client, built):
    trainee = make_trainee()
    client.force_login(trainee)
    first, second = statement_ids(built.course)
    assert client.get(url(built.course, "after")).status_code == 404
    assert client.get(url(built.course, "during")).status_code == 404
    client.post(url(built.course, "before"), {f"c-{first}": "2", f"c-{second}": "1"})
    complete_course(client, built)
    response = client.post(url(built.course, "after"), {f"c-{first}": "4", f"c-{second}": "5"})
    assert response.status_code == 302
    dashboard = client.get(reverse("my_learning"))
    html = dashboard.content.decode()
    assert "<svg" in html and 'role="img"' in html
    chart = dashboard.context["charts"][0]
    assert [(row.before, row.after) for row in chart.rows] == [(2, 4), (1, 5)]
    # The text alternative: a table with the same numbers.
    assert f'<th scope="row">{COMPETENCES[1]}</th><td>1</td><td>5</td>' in html


def test_others_cannot_see_or_use_a_form_without_logging_in(client, built):
    assert client.get(url(built.course, "before")).status_code == 302
    assert client.post(url(built.course, "before"), {}).status_code == 302
    assert not SelfEvaluation.objects.exists()


def test_the_dashboard_suggests_the_path_of_the_trainees_role(client, built):
    path = LearningPath.objects.create(
        locale=built.course.locale,
        staff_profile=StaffProfile.URBAN_PLANNER,
        title="Designing safer places",
        courses=[{"type": "course", "value": built.course.pk}],
    )
    trainee = make_trainee(staff_profile=StaffProfile.URBAN_PLANNER)
    client.force_login(trainee)
    response = client.get(reverse("my_learning"))
    assert response.context["learning_path"] == path
    assert [outline.course.pk for outline in response.context["path_outlines"]] == [built.course.pk]
    assert "Designing safer places" in response.content.decode()
    # In French, the same path (no French version of it yet) lists the French course.
    with translation.override("fr"):
        french = client.get(reverse("my_learning"))
    assert [outline.course.pk for outline in french.context["path_outlines"]] == [built.translations["fr"].course.pk]
    # Progress along the path.
    client.post(built.lessons[0].url, {"action": "complete"})
    response = client.get(reverse("my_learning"))
    assert response.context["path_outlines"][0].done_count == 1
    other = make_trainee(email="coordinator@example.org", staff_profile=StaffProfile.VOLUNTEER)
    client.force_login(other)
    assert client.get(reverse("my_learning")).context["learning_path"] is None


def test_editors_manage_learning_paths_and_competences_in_the_admin(client, built, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    LearningPath.objects.create(
        locale=built.course.locale,
        staff_profile=StaffProfile.VOLUNTEER,
        title="Path for volunteers",
        courses=[{"type": "course", "value": built.course.pk}],
    )
    listing = client.get("/admin/snippets/training/learningpath/")
    assert listing.status_code == 200
    assert "Path for volunteers" in listing.content.decode()
    assert client.get("/admin/snippets/training/learningpath/add/").status_code == 200
    edit = client.get(f"/admin/pages/{built.course.pk}/edit/")
    assert edit.status_code == 200
    assert COMPETENCES[0] in edit.content.decode()


def test_in_a_language_without_the_course_the_original_is_rated(client, built):
    client.force_login(make_trainee())
    response = client.get(url(built.course, "before", "lv"))
    assert response.status_code == 200
    assert response.context["course"].pk in {built.course.pk, *built.course.aliases.values_list("pk", flat=True)}
