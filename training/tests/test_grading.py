"""Grading of each question type, with right, partial and wrong answers."""

import pytest

from training.grading import grade
from training.tests.factories import question_ids

pytestmark = pytest.mark.django_db


def choices(value, correct):
    return [child.id for child in value["choices"].bound_blocks if bool(child.value["correct"]) == correct]


def results_by_kind(quiz, answers):
    return {result.question.kind: result for result in grade(quiz, answers).results}


def test_single_choice_right_and_wrong(course):
    qid, value = question_ids(course.quiz)["single"]
    assert results_by_kind(course.quiz, {qid: choices(value, True)[0]})["single"].points == 1
    assert results_by_kind(course.quiz, {qid: choices(value, False)[0]})["single"].points == 0


def test_multiple_choice_full_partial_and_wrong(course):
    qid, value = question_ids(course.quiz)["multiple"]
    right, wrong = choices(value, True), choices(value, False)
    assert len(right) == 3 and len(wrong) == 1
    full = results_by_kind(course.quiz, {qid: right})["multiple"]
    assert (full.points, full.max_points, full.correct) == (2, 2, True)
    two_of_three = results_by_kind(course.quiz, {qid: right[:2]})["multiple"]
    assert two_of_three.points == pytest.approx(2 * 2 / 3, abs=1e-3)
    assert two_of_three.partly_correct
    # A wrong pick takes back a right one's share.
    mixed = results_by_kind(course.quiz, {qid: [*right[:2], *wrong]})["multiple"]
    assert mixed.points == pytest.approx(2 * 1 / 3, abs=1e-3)
    everything = results_by_kind(course.quiz, {qid: right + wrong})["multiple"]
    assert everything.points == pytest.approx(2 * 2 / 3, abs=1e-3)
    only_wrong = results_by_kind(course.quiz, {qid: wrong})["multiple"]
    assert only_wrong.points == 0


def test_true_false(course):
    qid, _value = question_ids(course.quiz)["true_false"]
    assert results_by_kind(course.quiz, {qid: True})["true_false"].points == 1
    assert results_by_kind(course.quiz, {qid: False})["true_false"].points == 0


def test_ordering_full_partial_and_wrong(course):
    qid, value = question_ids(course.quiz)["ordering"]
    items = [child.id for child in value["items"].bound_blocks]
    assert results_by_kind(course.quiz, {qid: items})["ordering"].points == 1
    swapped_last_two = [*items[:2], items[3], items[2]]
    assert results_by_kind(course.quiz, {qid: swapped_last_two})["ordering"].points == 0.5
    assert results_by_kind(course.quiz, {qid: list(reversed(items))})["ordering"].points == 0
    # Ids that are not the question's own never score.
    assert results_by_kind(course.quiz, {qid: [*items[:3], "forged"]})["ordering"].points == 0


def test_unanswered_questions_score_nothing_and_weights_count(course):
    result = grade(course.quiz, {})
    assert (result.score, result.max_score, result.percent, result.passed) == (0, 5, 0, False)


def test_pass_mark_boundary(course):
    ids = question_ids(course.quiz)
    single_id, single = ids["single"]
    multiple_id, multiple = ids["multiple"]
    # 1 + 2 of 5 points = 60 %: the factory's pass mark is 60.
    answers = {single_id: choices(single, True)[0], multiple_id: choices(multiple, True)}
    result = grade(course.quiz, answers)
    assert result.percent == 60
    assert result.passed
    course.quiz.pass_mark = 61
    assert not grade(course.quiz, answers).passed


def test_grading_does_not_depend_on_the_language(course):
    french_quiz = course.translations["fr"].quiz
    assert [c.id for c in french_quiz.questions] == [c.id for c in course.quiz.questions]
    qid, value = question_ids(course.quiz)["multiple"]
    answers = {qid: choices(value, True)[:2]}
    assert grade(french_quiz, answers).score == grade(course.quiz, answers).score
