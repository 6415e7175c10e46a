"""Quiz submissions: the happy path, a person's incomplete answers, forged input, double submits."""

import uuid

import pytest

from training.models import QuizAttempt
from training.tests.factories import correct_post, question_ids, wrong_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, trainee):
    client.force_login(trainee)
    return client


def submit(client, quiz, data, **extra):
    return client.post(quiz.url, data, **extra)


def test_quiz_page_holds_no_answers_before_submitting(client, course):
    html = client.get(course.quiz.url).content.decode()
    for child in course.quiz.questions:
        assert child.value["prompt"] in html
        for text in (
            child.value.get("explanation"),
            child.value.get("feedback_true"),
            child.value.get("feedback_false"),
        ):
            if text:
                assert text not in html
        if child.block.kind in ("single", "multiple"):
            for answer in child.value["choices"]:
                if answer["feedback"]:
                    assert answer["feedback"] not in html
    assert "correct" not in html.lower().replace("incorrect", "")


def test_page_api_does_not_expose_questions(client, course):
    response = client.get(f"/api/v2/pages/{course.quiz.pk}/?fields=*")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Natural surveillance" not in body and "questions" not in response.json()
    assert client.get(f"/api/v2/pages/{course.quiz.pk}/?fields=questions").status_code == 400


def test_right_answers_pass_and_the_review_shows_feedback(logged_in, course, trainee):
    token = uuid.uuid4()
    response = submit(logged_in, course.quiz, correct_post(course.quiz, token))
    assert response.status_code == 302
    assert response["Location"] == f"{course.quiz.url}result/{token}/"
    attempt = QuizAttempt.objects.get(user=trainee)
    assert (attempt.score, attempt.max_score, attempt.percent, attempt.passed) == (5, 5, 100, True)
    assert attempt.language == "en" and attempt.quiz_key == course.quiz.translation_key
    review = logged_in.get(response["Location"]).content.decode()
    assert "You passed this quiz." in review
    assert "Yes: visibility deters." in review  # feedback of the chosen answer
    assert "Acknowledge, inform, instruct, follow up." in review  # explanation


def test_wrong_answers_fail_and_the_review_is_in_the_language_read_now(logged_in, course, trainee):
    token = uuid.uuid4()
    submit(logged_in, course.quiz, wrong_post(course.quiz, token))
    attempt = QuizAttempt.objects.get(user=trainee)
    assert attempt.passed is False and attempt.score == 0
    french = course.translations["fr"].quiz
    review = logged_in.get(f"{french.url}result/{token}/")
    assert review.status_code == 200
    html = review.content.decode()
    assert '<html lang="fr"' in html
    assert "Votre résultat" in html
    assert "That is about physical barriers." in html


def test_incomplete_answers_are_shown_again_with_translated_messages_and_nothing_is_stored(client, course, trainee):
    client.force_login(trainee)
    french = course.translations["fr"].quiz
    data = correct_post(french, uuid.uuid4())
    single_id, _value = question_ids(french)["single"]
    del data[f"q-{single_id}"]
    response = client.post(french.url, data)
    assert response.status_code == 200
    assert "Choisissez une réponse." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_duplicate_ordering_positions_are_a_person_error(logged_in, course):
    data = correct_post(course.quiz, uuid.uuid4())
    ordering_id, value = question_ids(course.quiz)["ordering"]
    for item in value["items"].bound_blocks:
        data[f"q-{ordering_id}-{item.id}"] = "1"
    response = submit(logged_in, course.quiz, data)
    assert response.status_code == 200
    assert "Give each step a different position." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def forged_variants(quiz):
    ids = question_ids(quiz)
    single_id, _ = ids["single"]
    multiple_id, multiple = ids["multiple"]
    true_false_id, _ = ids["true_false"]
    ordering_id, ordering = ids["ordering"]
    a_multiple_choice = multiple["choices"].bound_blocks[0].id
    first_item = ordering["items"].bound_blocks[0].id
    return {
        "unknown field": {"q-not-a-question": "x"},
        "choice of another question": {f"q-{single_id}": a_multiple_choice},
        "two answers to a single choice": {f"q-{single_id}": [a_multiple_choice, a_multiple_choice]},
        "unknown choice in a multiple": {f"q-{multiple_id}": ["nope"]},
        "true/false not a boolean": {f"q-{true_false_id}": "maybe"},
        "position not a number": {f"q-{ordering_id}-{first_item}": "first"},
        "position out of range": {f"q-{ordering_id}-{first_item}": "99"},
        "bad token": {"token": "not-a-uuid"},
    }


@pytest.mark.parametrize(
    "variant",
    [
        "unknown field",
        "choice of another question",
        "two answers to a single choice",
        "unknown choice in a multiple",
        "true/false not a boolean",
        "position not a number",
        "position out of range",
        "bad token",
    ],
)
def test_forged_submissions_get_400_with_a_translated_message_and_store_nothing(client, course, trainee, variant):
    client.force_login(trainee)
    data = correct_post(course.quiz, uuid.uuid4())
    data.update(forged_variants(course.quiz)[variant])
    german = course.translations["fr"].quiz
    response = client.post(german.url, data)
    assert response.status_code == 400
    assert "Impossible de lire cette réponse au quiz. Rechargez le quiz et réessayez." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_thousands_of_fields_get_400(logged_in, course):
    data = correct_post(course.quiz, uuid.uuid4())
    data.update({f"junk{i}": "x" for i in range(5000)})
    response = submit(logged_in, course.quiz, data)
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()


def test_megabytes_of_payload_get_400(logged_in, course):
    data = correct_post(course.quiz, uuid.uuid4())
    data["token"] = "x" * (3 * 1024 * 1024)
    response = submit(logged_in, course.quiz, data)
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()


def test_a_double_submit_counts_once(logged_in, course, trainee):
    data = correct_post(course.quiz, uuid.uuid4())
    first = submit(logged_in, course.quiz, data)
    second = submit(logged_in, course.quiz, data)
    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.filter(user=trainee).count() == 1


def test_another_users_attempt_is_not_found(client, course, trainee, other_trainee):
    client.force_login(trainee)
    token = uuid.uuid4()
    submit(client, course.quiz, correct_post(course.quiz, token))
    client.force_login(other_trainee)
    assert client.get(f"{course.quiz.url}result/{token}/").status_code == 404
    client.logout()
    assert client.get(f"{course.quiz.url}result/{token}/").status_code == 404


def test_attempt_limit_answers_429(client, trainee):
    from training.tests.factories import build_course

    limited = build_course(max_attempts=1, translate_into=())
    client.force_login(trainee)
    submit(client, limited.quiz, wrong_post(limited.quiz, uuid.uuid4()))
    page = client.get(limited.quiz.url).content.decode()
    assert "You have used all the attempts allowed for this quiz." in page
    response = submit(client, limited.quiz, correct_post(limited.quiz, uuid.uuid4()))
    assert response.status_code == 429
    assert QuizAttempt.objects.filter(user=trainee).count() == 1


def test_visitors_can_try_quizzes_in_their_session(client, course):
    token = uuid.uuid4()
    response = submit(client, course.quiz, correct_post(course.quiz, token))
    assert response.status_code == 302
    assert not QuizAttempt.objects.exists()
    assert "You passed this quiz." in client.get(response["Location"]).content.decode()
