"""Certificates and self-evaluation gains on small cohorts worked out by hand in the comments."""

import datetime

import pytest

from reports.figures import ReportFilters
from reports.sections.certificates import certificate_rows
from reports.sections.self_evaluation import self_evaluation_rows
from reports.tests.factories import START, certify, make_trainees, self_evaluate
from training.tests.factories import build_course

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
NOW = START + 200 * DAY


@pytest.fixture
def threshold(settings):
    def set_to(size):
        settings.REPORTS_MIN_GROUP_SIZE = size

    return set_to


@pytest.fixture
def rated_course(db):
    return build_course(competences=("Read a site", "Plan a safety walk"), translate_into=())


@pytest.fixture
def certificates(course):
    """Six certificates: A B C valid; D expired; E revoked 10 days later; F issued 100 days
    before START and revoked 5 days after START. One trainee (C) followed it in French."""
    users = make_trainees(6)
    a, b, c, d, e, f = users
    certify([a, b], course.course)
    certify([c], course.course, language="fr")
    certify([d], course.course, expires_at=START + 30 * DAY)
    certify([e], course.course, revoked_at=START + 10 * DAY)
    certify([f], course.course, issued_at=START - 100 * DAY, revoked_at=START + 5 * DAY)
    return users


def figures_of(filters, now=NOW):
    [row] = certificate_rows(filters, now=now)
    return row.issued.value, row.revoked.value, row.valid.value, row.expired.value


def test_certificates_by_hand(course, certificates, threshold):
    threshold(1)
    # Issued 6; revoked E and F; valid A B C; expired D.
    assert figures_of(ReportFilters()) == (6, 2, 3, 1)
    # Before D's expiry, it is still valid.
    assert figures_of(ReportFilters(), now=START + DAY) == (6, 2, 4, 0)


def test_certificates_in_a_period(course, certificates, threshold):
    threshold(1)
    # From START on: F was issued before, but revoked within.
    assert figures_of(ReportFilters(start=START.date())) == (5, 2, 3, 1)
    # START to START + 7 days: E's revocation (day 10) falls outside.
    assert figures_of(ReportFilters(start=START.date(), end=START.date() + 7 * DAY)) == (5, 1, 3, 1)
    assert figures_of(ReportFilters(end=START.date() - DAY)) == (1, 0, 0, 0)


def test_certificates_by_language_and_trainee(course, certificates, threshold):
    threshold(1)
    assert figures_of(ReportFilters(language="fr")) == (1, 0, 1, 0)
    others = make_trainees(2, staff_profile="volunteer", country="LV")
    certify(others, course.course)
    assert figures_of(ReportFilters(staff_profile="volunteer")) == (2, 0, 2, 0)
    assert figures_of(ReportFilters(country="FR")) == (6, 2, 3, 1)
    assert figures_of(ReportFilters(course_key=course.course.translation_key))[0] == 8


def test_certificates_small_groups_hidden(course, certificates, threshold):
    threshold(5)
    [row] = certificate_rows(ReportFilters(), now=NOW)
    assert [str(row.issued), str(row.revoked), str(row.valid), str(row.expired)] == [
        "6",
        "fewer than 5",
        "fewer than 5",
        "fewer than 5",
    ]


@pytest.fixture
def evaluations(rated_course):
    """Ratings (statement 1, statement 2), before → after:

    A (1, 2) → (4, 2)   B (2, 3) → (3, 5)   C (3, 3) → (3, 2)
    D before only, E after only: not counted.
    Statement 1: before 2, after 10/3, gains 3, 1, 0 (mean 4/3).
    Statement 2: before 8/3, after 3, gains 0, 2, -1 (mean 1/3).
    """
    course = rated_course.course
    a, b, c, d, e = make_trainees(5)
    for user, before, after in ((a, (1, 2), (4, 2)), (b, (2, 3), (3, 5)), (c, (3, 3), (3, 2))):
        self_evaluate(user, course, "before", before, when=START)
        self_evaluate(user, course, "after", after, when=START + 20 * DAY)
    self_evaluate(d, course, "before", (1, 1))
    self_evaluate(e, course, "after", (5, 5), when=START + 20 * DAY)
    return [a, b, c, d, e]


def test_self_evaluation_gains_by_hand(rated_course, evaluations, threshold):
    threshold(3)
    first, second = self_evaluation_rows(ReportFilters())
    assert (first.statement, second.statement) == ("Read a site", "Plan a safety walk")
    assert first.trainees.value == 3
    assert (first.mean_before, first.mean_after, first.mean_gain) == (2.0, 3.33, 1.33)
    assert [(gain, count.value) for gain, count in first.gains if count.value] == [(0, 1), (1, 1), (3, 1)]
    assert (second.mean_before, second.mean_after, second.mean_gain) == (2.67, 3.0, 0.33)
    assert [(gain, count.value) for gain, count in second.gains if count.value] == [(-1, 1), (0, 1), (2, 1)]


def test_self_evaluation_only_counts_statements_rated_twice(rated_course, evaluations, threshold):
    threshold(1)
    # D rates statement 1 after the course: now paired; a rating for an unknown statement is ignored.
    self_evaluate(evaluations[3], rated_course.course, "after", (2, None), when=START + 20 * DAY)
    first, second = self_evaluation_rows(ReportFilters())
    assert (first.trainees.value, second.trainees.value) == (4, 3)
    assert first.mean_gain == 1.25  # (3 + 1 + 0 + 1) / 4


def test_self_evaluation_period_is_that_of_the_after_rating(rated_course, evaluations, threshold):
    threshold(1)
    assert self_evaluation_rows(ReportFilters(start=START.date() + 21 * DAY))[0].trainees.value == 0
    assert self_evaluation_rows(ReportFilters(start=START.date() + 20 * DAY))[0].trainees.value == 3
    assert self_evaluation_rows(ReportFilters(staff_profile="volunteer"))[0].trainees.value == 0
    assert self_evaluation_rows(ReportFilters(language="en"))[0].trainees.value == 3


def test_self_evaluation_small_groups_hidden(rated_course, evaluations, threshold):
    threshold(4)
    first, _second = self_evaluation_rows(ReportFilters())
    assert str(first.trainees) == "fewer than 4"
    assert (first.mean_before, first.mean_after, first.mean_gain, first.gains) == (None, None, None, [])
