"""Reading a quiz submission and grading it, on the server, by block ids.

``parse_submission`` separates two kinds of bad input: a person's incomplete answers
(shown again with translated messages, nothing stored) and forged or malformed
submissions (``SubmissionRejected``, answered with HTTP 400, nothing stored).
"""

import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

FIELD_PREFIX = "q-"
ALLOWED_EXTRA_FIELDS = {"csrfmiddlewaretoken", "token"}


class SubmissionRejected(Exception):
    """The submission cannot have come from our form."""


@dataclass
class Question:
    id: str
    kind: str
    value: object  # the block's StructValue, in the language of the page it was read from

    @property
    def weight(self):
        return self.value["weight"] or 1

    def choice_ids(self):
        return [child.id for child in self.value["choices"].bound_blocks]

    def correct_choice_ids(self):
        return {child.id for child in self.value["choices"].bound_blocks if child.value["correct"]}

    def item_ids(self):
        return [child.id for child in self.value["items"].bound_blocks]


@dataclass
class QuestionResult:
    question: Question
    answer: object
    points: float
    max_points: float

    @property
    def correct(self):
        return self.points == self.max_points

    @property
    def partly_correct(self):
        return 0 < self.points < self.max_points


@dataclass
class Grade:
    score: float
    max_score: float
    percent: float
    passed: bool
    results: list = field(default_factory=list)


def quiz_questions(quiz):
    return [Question(id=child.id, kind=child.block.kind, value=child.value) for child in quiz.questions]


def answer_key(quiz):
    """Everything grading depends on, without any text: two quizzes with the same key grade alike."""
    key = []
    for question in quiz_questions(quiz):
        entry = [question.id, question.kind, question.weight]
        if question.kind in ("single", "multiple"):
            entry += [tuple(question.choice_ids()), frozenset(question.correct_choice_ids())]
        elif question.kind == "true_false":
            entry.append(bool(question.value["answer"]))
        elif question.kind == "ordering":
            entry.append(tuple(question.item_ids()))
        key.append(tuple(entry))
    return (quiz.pass_mark, tuple(key))


def parse_submission(quiz, data):
    """Return ``(token, answers, errors)`` from POST data, or raise ``SubmissionRejected``.

    ``answers`` maps question id to: a choice id (single), a sorted list of choice ids
    (multiple), a bool (true/false), or the item ids in the trainee's order (ordering).
    ``errors`` maps question id to a message for the person.
    """
    questions = {question.id: question for question in quiz_questions(quiz)}
    try:
        token = uuid.UUID(data.get("token", ""))
    except ValueError as error:
        raise SubmissionRejected("token") from error

    expected_fields = set(ALLOWED_EXTRA_FIELDS)
    for question in questions.values():
        if question.kind == "ordering":
            expected_fields.update(f"{FIELD_PREFIX}{question.id}-{item}" for item in question.item_ids())
        else:
            expected_fields.add(f"{FIELD_PREFIX}{question.id}")
    unknown = set(data.keys()) - expected_fields
    if unknown:
        raise SubmissionRejected(f"unknown fields: {sorted(unknown)[:5]}")

    answers, errors = {}, {}
    for question in questions.values():
        name = f"{FIELD_PREFIX}{question.id}"
        if question.kind == "single":
            values = data.getlist(name)
            if not values:
                errors[question.id] = _("Choose an answer.")
                continue
            if len(values) > 1 or values[0] not in question.choice_ids():
                raise SubmissionRejected(f"{question.id}: not one of its choices")
            answers[question.id] = values[0]
        elif question.kind == "multiple":
            values = data.getlist(name)
            if not values:
                errors[question.id] = _("Choose at least one answer.")
                continue
            if len(set(values)) != len(values) or not set(values) <= set(question.choice_ids()):
                raise SubmissionRejected(f"{question.id}: not its choices")
            answers[question.id] = sorted(values)
        elif question.kind == "true_false":
            values = data.getlist(name)
            if not values:
                errors[question.id] = _("Choose true or false.")
                continue
            if len(values) > 1 or values[0] not in {"true", "false"}:
                raise SubmissionRejected(f"{question.id}: not true or false")
            answers[question.id] = values[0] == "true"
        elif question.kind == "ordering":
            item_ids = question.item_ids()
            positions = {}
            for item in item_ids:
                values = data.getlist(f"{name}-{item}")
                if not values or values == [""]:
                    continue
                if len(values) > 1 or not values[0].isdigit() or not 1 <= int(values[0]) <= len(item_ids):
                    raise SubmissionRejected(f"{question.id}: bad position")
                positions[item] = int(values[0])
            if len(positions) < len(item_ids):
                errors[question.id] = _("Give every step a position.")
            elif len(set(positions.values())) != len(item_ids):
                errors[question.id] = _("Give each step a different position.")
            else:
                answers[question.id] = sorted(item_ids, key=positions.__getitem__)
    return token, answers, errors


def grade(quiz, answers):
    """Grade answers against the quiz. Works with the quiz in any language: ids are shared."""
    results = []
    for question in quiz_questions(quiz):
        answer = answers.get(question.id)
        fraction = _fraction_correct(question, answer)
        results.append(QuestionResult(question, answer, round(question.weight * fraction, 4), question.weight))
    score = sum(result.points for result in results)
    max_score = sum(result.max_points for result in results)
    percent = round(100 * score / max_score, 2) if max_score else 0.0
    return Grade(score=score, max_score=max_score, percent=percent, passed=percent >= quiz.pass_mark, results=results)


def _fraction_correct(question, answer):
    if answer is None:
        return 0.0
    if question.kind == "single":
        return 1.0 if answer in question.correct_choice_ids() else 0.0
    if question.kind == "multiple":
        # Each right choice earns a share, each wrong one takes a share back; never below 0.
        correct = question.correct_choice_ids()
        chosen = set(answer)
        return max(0.0, (len(chosen & correct) - len(chosen - correct)) / len(correct))
    if question.kind == "true_false":
        return 1.0 if answer == bool(question.value["answer"]) else 0.0
    if question.kind == "ordering":
        expected = question.item_ids()
        if sorted(answer) != sorted(expected):
            return 0.0
        in_place = sum(1 for given, right in zip(answer, expected, strict=True) if given == right)
        return in_place / len(expected)
    raise ValueError(question.kind)
