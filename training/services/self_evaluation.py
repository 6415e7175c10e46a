"""Self-evaluation: the trainee rates a course's competence statements from 1 to 5, before and after.

Ratings are keyed by the statements' StreamField block ids, which stay the same in every
translation, so a rating given in French shows next to the Greek statement.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from training.models import CourseCompletion, CoursePage, SelfEvaluation

RATINGS = range(1, 6)
STAGES = {stage.value for stage in SelfEvaluation.Stage}


def parse_ratings(course, data):
    """(ratings, errors) from POST data; raises ValueError on a forged or malformed submission."""
    statement_ids = [child.id for child in course.competences]
    expected = {f"c-{statement_id}" for statement_id in statement_ids}
    unknown = set(data) - expected - {"csrfmiddlewaretoken"}
    if unknown:
        raise ValueError("unknown fields")
    ratings, errors = {}, {}
    for statement_id in statement_ids:
        values = data.getlist(f"c-{statement_id}")
        if not values:
            errors[statement_id] = _("Choose a rating from 1 to 5.")
            continue
        if len(values) != 1 or values[0] not in {str(value) for value in RATINGS}:
            raise ValueError("bad rating")
        ratings[statement_id] = int(values[0])
    return ratings, errors


@dataclass
class CompetenceRow:
    statement: str
    before: int | None
    after: int | None


@dataclass
class CompetenceChart:
    """Before and after per competence, laid out for an SVG bar chart (see self_evaluation_chart.html)."""

    course: CoursePage
    rows: list = field(default_factory=list)
    has_before: bool = False
    has_after: bool = False
    completed: bool = False

    LABEL_HEIGHT = 22
    BAR_HEIGHT = 14
    ROW_GAP = 14
    SCALE_WIDTH = 400  # pixels for a rating of 5
    TOP = 30

    @property
    def bars(self):
        """Per row: y of the label, and the y and width of each bar."""
        laid_out = []
        y = self.TOP
        for row in self.rows:
            bar_y = y + self.LABEL_HEIGHT
            laid_out.append(
                {
                    "row": row,
                    "label_y": y + 16,
                    "before_y": bar_y,
                    "before_width": (row.before or 0) * self.SCALE_WIDTH // 5,
                    "after_y": bar_y + self.BAR_HEIGHT + 2,
                    "after_width": (row.after or 0) * self.SCALE_WIDTH // 5,
                    "before_text_x": (row.before or 0) * self.SCALE_WIDTH // 5 + 6,
                    "after_text_x": (row.after or 0) * self.SCALE_WIDTH // 5 + 6,
                }
            )
            y = bar_y + 2 * self.BAR_HEIGHT + 2 + self.ROW_GAP
        return laid_out

    @property
    def height(self):
        return self.TOP + len(self.rows) * (self.LABEL_HEIGHT + 2 * self.BAR_HEIGHT + 2 + self.ROW_GAP)

    @property
    def ticks(self):
        return [{"value": value, "x": value * self.SCALE_WIDTH // 5} for value in RATINGS]


def competence_charts(user, courses, evaluations):
    """One chart per course that has competence statements, with the trainee's ``evaluations`` (one query)."""
    courses = [course for course in courses if len(course.competences)]
    if not courses:
        return []
    keys = [course.translation_key for course in courses]
    evaluations = {(evaluation.course_key, evaluation.stage): evaluation.ratings for evaluation in evaluations}
    completed = set(
        CourseCompletion.objects.filter(user=user, course_key__in=keys).values_list("course_key", flat=True)
    )
    charts = []
    for course in courses:
        before = evaluations.get((course.translation_key, "before"), {})
        after = evaluations.get((course.translation_key, "after"), {})
        chart = CompetenceChart(
            course=course,
            has_before=bool(before),
            has_after=bool(after),
            completed=course.translation_key in completed,
        )
        chart.rows = [
            CompetenceRow(child.value, before.get(child.id), after.get(child.id)) for child in course.competences
        ]
        charts.append(chart)
    return charts
