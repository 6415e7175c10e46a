"""Quiz pass rates and first-attempt score distributions (see docs/reports.md for the definitions)."""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count as CountOf
from django.db.models import Exists, OuterRef

from reports import stats
from reports.figures import Count, Share, first_attempts, min_group_size, outlines, source_courses
from training.models import QuizAttempt

SCORE_BIN_EDGES = list(range(0, 101, 10))


@dataclass
class QuizRow:
    course: str
    title: str
    quiz_key: uuid.UUID
    trainees: Count
    passed_first_time: Share
    passed_eventually: Share
    mean_score: float | None
    score_bins: list = field(default_factory=list)  # Count per 10-point bin

    @property
    def hidden(self):
        return self.trainees.value < min_group_size()

    def score_distribution_text(self):
        return "; ".join(
            f"{SCORE_BIN_EDGES[index]}–{SCORE_BIN_EDGES[index + 1]}: {count}"
            for index, count in enumerate(self.score_bins)
        )


def quiz_steps(filters):
    """(course title, quiz page) for each quiz in the filtered courses, in course order."""
    courses = source_courses(filters.course_key)
    return [
        (outline.course.title, item.page)
        for outline in outlines(courses)
        for item in outline.items
        if item.kind == "quiz"
    ]


def quiz_rows(filters):
    """Pass rates (first attempt, eventually) and first-attempt score distributions. Four queries."""
    steps = quiz_steps(filters)
    keys = [page.translation_key for _course, page in steps]
    attempts = defaultdict(list)
    for quiz_key, percent, passed in first_attempts(filters, keys).values_list("quiz_key", "percent", "passed"):
        attempts[quiz_key].append((percent, passed))
    # "Eventually" is among the same trainees: those whose first attempt is counted above.
    counted = first_attempts(filters, keys).filter(user=OuterRef("user"), quiz_key=OuterRef("quiz_key"))
    eventually = dict(
        QuizAttempt.objects.filter(Exists(counted), passed=True, quiz_key__in=keys)
        .order_by()
        .values("quiz_key")
        .annotate(n=CountOf("user_id", distinct=True))
        .values_list("quiz_key", "n")
    )
    rows = []
    for course_title, page in steps:
        found = attempts.get(page.translation_key, [])
        total = len(found)
        hidden = total < min_group_size()
        percents = [percent for percent, _passed in found]
        rows.append(
            QuizRow(
                course=course_title,
                title=page.title,
                quiz_key=page.translation_key,
                trainees=Count(total),
                passed_first_time=Share(sum(1 for _percent, passed in found if passed), total),
                passed_eventually=Share(eventually.get(page.translation_key, 0), total),
                mean_score=None if hidden or not percents else round(stats.mean(percents), 1),
                score_bins=[] if hidden else [Count(n) for n in stats.histogram(percents, SCORE_BIN_EDGES)],
            )
        )
    return rows
