"""Self-evaluation gains per competence statement (see docs/reports.md for the definitions)."""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from reports import stats
from reports.figures import Count, min_group_size, source_courses
from training.models import SelfEvaluation

GAINS = range(-4, 5)  # ratings are 1 to 5


@dataclass
class CompetenceRow:
    course: str
    course_key: uuid.UUID
    statement_id: str
    statement: str
    trainees: Count  # trainees who rated the statement before and after
    mean_before: float | None
    mean_after: float | None
    mean_gain: float | None
    gains: list = field(default_factory=list)  # (gain, Count) for each gain from -4 to +4

    @property
    def hidden(self):
        return self.trainees.value < min_group_size()

    def gain_distribution_text(self):
        return "; ".join(f"{gain:+d}: {count}" for gain, count in self.gains)


def self_evaluation_rows(filters):
    """Per course and competence statement, among trainees who rated it before and after: their
    number, the mean rating before and after, the mean gain, and how many gained -4 … +4.

    The period applies to the "after" rating (when it was last saved). Two queries.
    """
    courses = [course for course in source_courses(filters.course_key) if len(course.competences)]
    evaluations = SelfEvaluation.objects.filter(
        filters.trainee_q(),
        Q(stage=SelfEvaluation.Stage.BEFORE) | (Q(stage=SelfEvaluation.Stage.AFTER) & filters.period_q("updated_at")),
        course_key__in=[course.translation_key for course in courses],
    )
    ratings = defaultdict(dict)  # (user, course) -> {stage: ratings}
    for user_id, course_key, stage, given in evaluations.values_list("user_id", "course_key", "stage", "ratings"):
        ratings[(user_id, course_key)][stage] = given if isinstance(given, dict) else {}
    pairs = defaultdict(list)  # (course, statement id) -> [(before, after)]
    for (_user_id, course_key), stages in ratings.items():
        before, after = stages.get("before"), stages.get("after")
        if before is None or after is None:
            continue
        for statement_id, rating_after in after.items():
            rating_before = before.get(statement_id)
            if _is_rating(rating_before) and _is_rating(rating_after):
                pairs[(course_key, statement_id)].append((rating_before, rating_after))
    rows = []
    for course in courses:
        for statement in course.competences:
            found = pairs.get((course.translation_key, statement.id), [])
            shown = len(found) >= min_group_size()
            gains = Counter(after - before for before, after in found)
            rows.append(
                CompetenceRow(
                    course=course.title,
                    course_key=course.translation_key,
                    statement_id=statement.id,
                    statement=str(statement.value),
                    trainees=Count(len(found)),
                    mean_before=_mean([before for before, _after in found]) if shown else None,
                    mean_after=_mean([after for _before, after in found]) if shown else None,
                    mean_gain=_mean([after - before for before, after in found]) if shown else None,
                    gains=[(gain, Count(gains[gain])) for gain in GAINS] if shown else [],
                )
            )
    return rows


def _is_rating(value):
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5


def _mean(values):
    return round(stats.mean(values), 2) if values else None
