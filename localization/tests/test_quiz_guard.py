"""A translated quiz whose source changed is not published until synced; grading stays the same."""

from django.core.exceptions import ValidationError

import pytest

from home.tests.factories import publish
from training.grading import answer_key
from training.tests.factories import build_course, correct_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(db):
    return build_course(modules=1, lessons_per_module=1)


def change_the_answer_key(quiz):
    """An editor marks another answer of the single-choice question as the correct one."""
    quiz.refresh_from_db()
    data = quiz.questions.raw_data
    for question in data:
        if question["type"] == "single_choice":
            for choice in question["value"]["choices"]:
                choice["value"]["correct"] = not choice["value"]["correct"]
            break
    quiz.questions = data
    publish(quiz)
    return quiz


def test_a_translation_in_step_with_its_source_grades_with_its_own_questions(built):
    french = built.translations["fr"].quiz
    assert french.gradable_quiz() == french
    french.full_clean()


def test_a_lagging_translation_cannot_be_published(built):
    change_the_answer_key(built.quiz)
    french = built.translations["fr"].quiz
    french.refresh_from_db()
    assert answer_key(french) != answer_key(built.quiz)
    with pytest.raises(ValidationError, match="no longer match the source quiz"):
        french.save_revision().publish()
    assert french.translation_warnings()


def test_a_lagging_translation_asks_and_grades_the_source_questions(client, built):
    quiz = change_the_answer_key(built.quiz)
    french = built.translations["fr"].quiz
    response = client.get(french.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="en"' in html
    assert response.context["questions_language"] == "en"
    token = response.context["token"]
    # Answers that are right by the source's (new) key pass in French too.
    response = client.post(french.url, correct_post(quiz, token))
    assert response.status_code == 302
    result = client.get(response["Location"])
    assert result.context["attempt"].passed


def test_syncing_the_translation_brings_its_questions_back_in_step(built, django_capture_on_commit_callbacks):
    from wagtail_localize.models import TranslationSource

    quiz = change_the_answer_key(built.quiz)
    french = built.translations["fr"].quiz
    source, _created = TranslationSource.get_or_create_from_instance(quiz)
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french.locale, publish=True, fallback=True)
    french.refresh_from_db()
    assert answer_key(french) == answer_key(quiz)
    assert french.gradable_quiz() == french
