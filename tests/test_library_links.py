""" "Taught in": a lesson that links to a case study appears on it, found through the reference index."""

import pytest

from casestudies.tests.factories import build_case_studies, link_from


@pytest.fixture
def linked(course):
    library = build_case_studies(course.site.home)
    lesson = link_from(course.lessons[0], "case_study", library.nice, "See how Nice did it.")
    return course, library, lesson


def test_a_lesson_linking_to_a_case_study_is_listed_as_taught_in(client, linked):
    course, library, lesson = linked
    html = client.get(library.nice.url).content.decode()
    assert "Taught in" in html
    assert f'<a href="{lesson.url}">{lesson.title}</a>' in html
    # Only the lesson that links: not the other lessons, not the case study's own neighbours.
    assert course.lessons[1].title not in html


def test_taught_in_follows_the_visitors_language(client, linked):
    course, library, _lesson = linked
    french_lesson = course.translations["fr"].lessons[0]
    html = client.get(library.translations["fr"].nice.url).content.decode()
    assert f'<a href="{french_lesson.url}">{french_lesson.title}</a>' in html


def test_pages_that_are_not_lessons_or_not_live_are_not_listed(client, linked):
    course, library, lesson = linked
    home = course.site.home
    home.body.append(("featured_pages", {"heading": "Read", "intro": "", "pages": [library.brussels]}))
    home.save_revision().publish()
    assert "Taught in" not in client.get(library.brussels.url).content.decode()
    lesson.unpublish()
    assert "Taught in" not in client.get(library.nice.url).content.decode()


def test_a_case_study_without_lessons_has_no_taught_in(client, linked):
    _course, library, _lesson = linked
    assert "Taught in" not in client.get(library.riga.url).content.decode()
