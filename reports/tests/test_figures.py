"""Each figure on a small cohort whose values are worked out by hand in the comments."""

import datetime

import pytest

from reports.figures import ReportFilters
from reports.sections.courses import course_rows
from reports.sections.drop_off import drop_off_rows
from reports.sections.item_analysis import item_analysis
from reports.sections.quizzes import quiz_rows
from reports.tests.factories import START, answers, attempt, complete_course, complete_lessons, enrol, make_trainees

pytestmark = pytest.mark.django_db


@pytest.fixture
def threshold(settings):
    def set_to(size):
        settings.REPORTS_MIN_GROUP_SIZE = size

    return set_to


@pytest.fixture
def cohort(course):
    """Six trainees in the course: 6, 5, 4 and 4 did the four lessons, 3 passed the quiz and completed."""
    users = make_trainees(6)
    enrol(users, course.course)
    lessons = course.lessons  # 1.1, 1.2, 2.1, 2.2 in course order
    complete_lessons(users[:6], lessons[:1])
    complete_lessons(users[:5], lessons[1:2])
    complete_lessons(users[:4], lessons[2:4])
    for user in users[:3]:
        attempt(user, course.quiz, answers(course.quiz, right={"single", "multiple", "true_false", "ordering"}))
    attempt(users[3], course.quiz, answers(course.quiz, right=()))  # tried and failed
    complete_course(users[:3], course.course)
    return users


def test_enrolments_completions_and_rate(course, cohort, threshold):
    threshold(3)
    [row] = course_rows(ReportFilters())
    assert (row.enrolled.value, row.completed.value) == (6, 3)
    assert row.completion_rate.percent == 50.0
    assert str(row.completion_rate) == "50.0 %"


def test_small_groups_are_hidden(course, cohort, threshold):
    threshold(5)
    [row] = course_rows(ReportFilters())
    assert str(row.enrolled) == "6"
    # 3 completions of 6: both the count and the share would reveal fewer than 5 trainees.
    assert row.completed.hidden and str(row.completed) == "fewer than 5"
    assert row.completion_rate.hidden and row.completion_rate.value is None
    threshold(7)
    [row] = course_rows(ReportFilters())
    assert str(row.enrolled) == "fewer than 7"


def test_drop_off_follows_course_order(course, cohort, threshold):
    threshold(3)
    rows = drop_off_rows(ReportFilters())
    assert [row.title for row in rows] == [lesson.title for lesson in course.lessons] + [course.quiz.title]
    assert [row.done.value for row in rows] == [6, 5, 4, 4, 3]
    assert [row.share_of_enrolled.percent for row in rows] == [100.0, 83.3, 66.7, 66.7, 50.0]


def test_filters_by_profile_country_language_and_period(course, cohort, threshold):
    threshold(1)
    others = make_trainees(2, language="fr", staff_profile="volunteer", country="LV")
    enrol(others, course.course, when=START + datetime.timedelta(days=40))

    def enrolled(**kwargs):
        return course_rows(ReportFilters(**kwargs))[0].enrolled.value

    assert enrolled() == 8
    assert enrolled(staff_profile="volunteer") == 2
    assert enrolled(country="FR") == 6
    assert enrolled(language="fr") == 2
    assert enrolled(start=START.date() + datetime.timedelta(days=1)) == 2
    assert enrolled(end=START.date()) == 6


def test_quiz_pass_rates_and_scores_use_first_attempts(course, cohort, threshold):
    threshold(2)
    # The failing trainee retakes and passes: first-time rate unchanged, "eventually" goes up.
    attempt(
        cohort[3],
        course.quiz,
        answers(course.quiz, right={"single", "multiple", "true_false", "ordering"}),
        when=START + datetime.timedelta(hours=1),
    )
    [row] = quiz_rows(ReportFilters())
    assert row.trainees.value == 4
    assert row.passed_first_time.percent == 75.0
    assert row.passed_eventually.percent == 100.0
    assert row.mean_score == 75.0  # (100 + 100 + 100 + 0) / 4
    assert [count.value for count in row.score_bins] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 3]


@pytest.fixture
def item_cohort(course):
    """Five first attempts (S single, M multiple worth 2, T true/false, O ordering; 5 points):

    A: S M T O = 5   B: S T O = 3   C: M T = 3   D: O = 1   E: S = 1
    """
    quiz = course.quiz
    rights = [
        {"single", "multiple", "true_false", "ordering"},
        {"single", "true_false", "ordering"},
        {"multiple", "true_false"},
        {"ordering"},
        {"single"},
    ]
    users = make_trainees(5)
    for user, right in zip(users, rights, strict=True):
        attempt(user, quiz, answers(quiz, right=right))
    # A later attempt by D, all right, must not count.
    attempt(users[3], quiz, answers(quiz, right=rights[0]), when=START + datetime.timedelta(days=1))
    return users


def test_item_analysis_by_hand(course, item_cohort, threshold):
    threshold(2)
    items = {item.kind: item for item in item_analysis(ReportFilters(), course.quiz)}
    true_false = items["true_false"].overall
    assert true_false.answered.value == 5
    assert true_false.share_correct.percent == 60.0
    # Rest scores 4, 2, 2, 1, 1 (see test_stats): r = (5/3) * sqrt(0.2).
    assert true_false.discrimination == 0.745
    # Single choice: right A, B, E (rests 4, 2, 0); wrong C, D (rests 3, 1): equal means, r = 0.
    single = items["single"].overall
    assert single.share_correct.percent == 60.0
    assert single.discrimination == 0.0
    # C and D picked the first wrong answer; nobody picked the second.
    assert [(choice.picked.part, choice.picked.whole) for choice in single.wrong_choices] == [(2, 5), (0, 5)]
    assert items["ordering"].overall.wrong_choices == []
    true_false_wrong = items["true_false"].overall.wrong_choices
    assert [(choice.label, choice.picked.part) for choice in true_false_wrong] == [("False", 2)]


def _language_cohort(quiz, correct_in_de, correct_in_fr, size=10):
    for language, correct in (("de", correct_in_de), ("fr", correct_in_fr)):
        users = make_trainees(size, language=language)
        for index, user in enumerate(users):
            right = {"single"} if index < correct else set()
            attempt(user, quiz, answers(quiz, right=right), language=language)


def test_mistranslated_question_is_flagged(course, threshold):
    threshold(5)
    _language_cohort(course.quiz, correct_in_de=2, correct_in_fr=9)
    [single] = [item for item in item_analysis(ReportFilters(), course.quiz) if item.kind == "single"]
    by_language = {group.language: group for group in single.languages}
    assert by_language["de"].flag == "lower"
    assert by_language["de"].z == pytest.approx(-3.146, abs=1e-3)
    assert by_language["de"].p_value == pytest.approx(0.00165, abs=2e-5)
    assert by_language["fr"].flag == "higher"
    # The other questions are equally wrong in both languages: not flagged.
    others = [item for item in item_analysis(ReportFilters(), course.quiz) if item.kind != "single"]
    assert not any(item.flagged_languages for item in others)


def test_not_flagged_when_groups_are_below_the_threshold(course, threshold):
    _language_cohort(course.quiz, correct_in_de=2, correct_in_fr=9)
    threshold(11)
    [single] = [item for item in item_analysis(ReportFilters(), course.quiz) if item.kind == "single"]
    assert not single.flagged_languages
    assert all(group.share_correct.hidden for group in single.languages)


def test_not_flagged_when_the_difference_is_not_significant(course, threshold):
    threshold(5)
    _language_cohort(course.quiz, correct_in_de=6, correct_in_fr=8)  # p ≈ 0.33
    [single] = [item for item in item_analysis(ReportFilters(), course.quiz) if item.kind == "single"]
    assert not single.flagged_languages
