"""The course feedback survey: answered once per trainee, translated with wagtail-localize, aggregated."""

import pytest

from portal.demo import source_segments, translate_page
from reports import feedback, figures
from reports.models import CourseFeedbackSubmission
from reports.tests.test_views import add_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(course):
    return add_survey(course)


def test_a_course_accepts_one_survey_as_a_child(course, survey):
    from reports.models import CourseFeedbackPage
    from training.models import CoursePage

    assert CourseFeedbackPage in CoursePage.allowed_subpage_models()
    assert not CourseFeedbackPage.can_create_at(course.course)  # max_count_per_parent = 1


def test_visitors_are_asked_to_log_in(client, survey):
    response = client.get(survey.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_survey_is_left_out_of_the_sitemap(client, course, survey):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert course.course.url in sitemap
    assert survey.url not in sitemap


def test_a_trainee_answers_once(client, trainee, survey):
    client.force_login(trainee)
    assert client.get(survey.url).status_code == 200
    response = client.post(survey.url, {"useful": "Yes", "comments": "Good"})
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    again = client.post(survey.url, {"useful": "No", "comments": "Changed my mind"})
    assert "already sent your feedback" in again.content.decode()
    [stored] = CourseFeedbackSubmission.objects.all()
    assert stored.form_data["useful"] == "Yes" and stored.user == trainee


def test_an_incomplete_or_forged_answer_is_shown_again_and_not_stored(client, trainee, survey):
    client.force_login(trainee)
    for data in ({"comments": "no rating"}, {"useful": "Maybe"}, {"useful": ""}):
        response = client.post(survey.url, data)
        assert response.status_code == 200
        assert "errorlist" in response.content.decode()
    assert not CourseFeedbackSubmission.objects.exists()


def test_questions_and_choices_are_translated_and_answers_pooled(
    client, course, survey, trainee, other_trainee, settings, django_capture_on_commit_callbacks
):
    settings.REPORTS_MIN_GROUP_SIZE = 1
    segments = source_segments(survey)
    # wagtail-localize offers the inline questions' labels and choices to translators.
    assert "Useful?" in segments and "Comments" in segments
    choices = next(segment for segment in segments if "Yes" in segment and "No" in segment)
    translated = {
        "Useful?": "Utile ?",
        "Comments": "Commentaires",
        choices: choices.replace("Yes", "Oui").replace("No", "Non"),
    }
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        french = translate_page(survey, "fr", translated)
    french.refresh_from_db()
    client.force_login(other_trainee)
    page = client.get(french.url).content.decode()
    assert "Utile ?" in page and "Oui" in page
    client.post(french.url, {"useful": "Oui"})
    client.force_login(trainee)
    client.post(survey.url, {"useful": "Yes"})
    [result] = feedback.survey_results(figures.ReportFilters())
    [useful, _comments] = result.questions
    # "Oui" is the French "Yes": both answers are counted under the English choice.
    assert [(answer.label, answer.count.value) for answer in useful.distribution] == [("No", 0), ("Yes", 2)]
    [french_only] = feedback.survey_results(figures.ReportFilters(language="fr"))
    assert french_only.respondents.value == 1


def test_small_surveys_are_hidden(survey, trainee, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 5
    CourseFeedbackSubmission.objects.create(
        page=survey, user=trainee, survey_key=survey.translation_key, form_data={"useful": "Yes"}
    )
    [result] = feedback.survey_results(figures.ReportFilters(), include_text=True)
    assert result.hidden and str(result.respondents) == "fewer than 5" and result.questions == []
