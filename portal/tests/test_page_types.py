"""Page-type rules an app adds to another app's pages, through the kernel (portal/page_types.py)."""

from django.apps import apps

from portal.page_types import allow_subpage_type


def test_the_feedback_survey_may_be_created_under_a_course():
    course = apps.get_model("training.CoursePage")
    survey = apps.get_model("reports.CourseFeedbackPage")
    assert survey in course.allowed_subpage_models()
    assert course in survey.allowed_parent_page_models()


def test_allowing_twice_adds_the_type_once():
    course = apps.get_model("training.CoursePage")
    before = list(course.subpage_types)
    allow_subpage_type("training.CoursePage", "reports.CourseFeedbackPage")
    allow_subpage_type("training.CoursePage", "reports.coursefeedbackpage")
    assert course.subpage_types == before
    assert before.count("reports.CourseFeedbackPage") == 1
