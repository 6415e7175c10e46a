"""Quiz item analysis: per question, share correct, wrong answers picked, discrimination and the
language flag (see docs/reports.md for the definitions)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from portal.languages import source_language_code
from reports import stats
from reports.figures import Count, Share, first_attempts, min_group_size
from training.grading import grade, quiz_questions
from training.models import QuizPage

# The flag's significance level (two-sided), fixed by the issue.
FLAG_P_VALUE = 0.01


@dataclass
class WrongChoice:
    label: str
    picked: Share  # share of the group who picked it


@dataclass
class ItemGroup:
    """One question's figures in one group of trainees (one language, or all of them)."""

    language: str  # "" for all languages together
    answered: Count
    share_correct: Share
    discrimination: float | None
    wrong_choices: list = field(default_factory=list)
    flag: str = ""  # "lower" or "higher" than the other languages, at p < FLAG_P_VALUE
    z: float | None = None
    p_value: float | None = None

    @property
    def hidden(self):
        return self.answered.value < min_group_size()

    def wrong_choices_text(self):
        return "; ".join(f"{choice.label}: {choice.picked}" for choice in self.wrong_choices)


@dataclass
class ItemRow:
    number: int
    question_id: str
    prompt: str
    kind: str
    overall: ItemGroup
    languages: list = field(default_factory=list)

    @property
    def flagged_languages(self):
        return [group for group in self.languages if group.flag]


def item_analysis(filters, quiz):
    """Per question of ``quiz`` (a source-language QuizPage): share correct, wrong choices and
    point-biserial discrimination, overall and per language, with languages flagged whose
    share correct differs from the other languages pooled (two-proportion z-test).

    An item counts as correct when it earned its full weight. The rest-of-test score is the
    attempt's points on every other question. Uses each trainee's first attempt.
    """
    rows = first_attempts(filters, [quiz.translation_key], with_language=False).values_list("language", "answers")
    return _analyse(quiz, list(rows), filters)


def flagged_questions(filters):
    """(quiz, item) for every question of every live quiz with a language flagged. Two queries."""
    quizzes = list(
        QuizPage.objects.live()
        .filter(locale__language_code=source_language_code(), alias_of__isnull=True)
        .order_by("path")
    )
    rows = defaultdict(list)
    attempts = first_attempts(filters, [quiz.translation_key for quiz in quizzes], with_language=False)
    for quiz_key, language, given in attempts.values_list("quiz_key", "language", "answers"):
        rows[quiz_key].append((language, given))
    return [
        (quiz, item)
        for quiz in quizzes
        for item in _analyse(quiz, rows.get(quiz.translation_key, []), filters)
        if item.flagged_languages
    ]


def _analyse(quiz, rows, filters):
    questions = quiz_questions(quiz)
    graded = []  # (language, {question id: (correct, points)}, total points, answers)
    for language, given in rows:
        given = given if isinstance(given, dict) else {}
        result = grade(quiz, given)
        per_question = {item.question.id: (item.correct, item.points) for item in result.results}
        graded.append((language, per_question, result.score, given))
    languages = sorted({language for language, *_rest in graded})

    items = []
    for number, question in enumerate(questions, start=1):
        overall = _item_group(question, "", graded)
        per_language = [_item_group(question, code, [g for g in graded if g[0] == code]) for code in languages]
        for group in per_language:
            _flag(group, question, graded)
        if filters.language:
            per_language = [group for group in per_language if group.language == filters.language]
        items.append(
            ItemRow(
                number=number,
                question_id=question.id,
                prompt=question.value["prompt"],
                kind=question.kind,
                overall=overall,
                languages=per_language,
            )
        )
    return items


def _item_group(question, language, graded):
    correct_flags = [per_question[question.id][0] for _language, per_question, _total, _answers in graded]
    rests = [total - per_question[question.id][1] for _language, per_question, total, _answers in graded]
    answered = len(graded)
    share_correct = Share(sum(correct_flags), answered)
    discrimination = None
    big_enough = answered >= min_group_size()
    if big_enough:
        r = stats.point_biserial([1 if flag else 0 for flag in correct_flags], rests)
        discrimination = None if r is None else round(r, 3)
    wrong = []
    if big_enough:
        picked = _wrong_choice_counts(question, [answers.get(question.id) for *_rest, answers in graded])
        wrong = [WrongChoice(label, Share(n, answered)) for label, n in picked]
    return ItemGroup(
        language=language,
        answered=Count(answered),
        share_correct=share_correct,
        discrimination=discrimination,
        wrong_choices=wrong,
    )


def _wrong_choice_counts(question, answers):
    """(label, how many picked it) for each wrong answer of a choice or true/false question."""
    if question.kind in ("single", "multiple"):
        wrong = [child for child in question.value["choices"].bound_blocks if not child.value["correct"]]
        counts = []
        for choice in wrong:
            n = 0
            for answer in answers:
                chosen = answer if isinstance(answer, list) else [answer]
                n += choice.id in chosen
            counts.append((choice.value["text"], n))
        return counts
    if question.kind == "true_false":
        wrong_value = not bool(question.value["answer"])
        label = _("True") if wrong_value else _("False")
        return [(label, sum(1 for answer in answers if answer is wrong_value))]
    return []  # ordering: no choices to count


def _flag(group, question, graded):
    """Compare one language with all other languages pooled, if both groups are big enough."""
    others = [per_question[question.id][0] for language, per_question, *_rest in graded if language != group.language]
    if group.answered.value < min_group_size() or len(others) < min_group_size():
        return
    test = stats.two_proportion_z_test(group.share_correct.part, group.answered.value, sum(others), len(others))
    if test is None:
        return
    group.z, group.p_value = round(test.z, 3), test.p_value
    if test.p_value < FLAG_P_VALUE:
        group.flag = "lower" if test.z < 0 else "higher"


def source_quizzes():
    """Live source-language quizzes, in tree order, for the item-analysis chooser."""
    return list(
        QuizPage.objects.live()
        .filter(locale__language_code=source_language_code(), alias_of__isnull=True)
        .order_by("path")
        .only("id", "title", "translation_key", "path")
    )


def quiz_for(quiz_key):
    """The source-language quiz with that translation key, with its questions, or None."""
    return (
        QuizPage.objects.live()
        .filter(translation_key=quiz_key, locale__language_code=source_language_code(), alias_of__isnull=True)
        .first()
    )
