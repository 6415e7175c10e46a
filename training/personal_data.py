"""Training records in a trainee's data export; on account deletion they are kept, anonymised,
for the reports (docs/security.md). Discovered by accounts (accounts/personal_data.py)."""

from accounts.personal_data import reassign_to_stand_in, register_section
from training.models import CourseActivity, CourseCompletion, LessonCompletion, QuizAttempt


def _rows(model, fields):
    def export(user):
        return list(model.objects.filter(user=user).order_by("pk").values(*fields))

    return export


register_section(
    "lesson_completions",
    export=_rows(LessonCompletion, ["lesson_key", "completed_at"]),
    on_account_deletion=reassign_to_stand_in(LessonCompletion),
    models=["training.LessonCompletion"],
)
register_section(
    "quiz_attempts",
    export=_rows(
        QuizAttempt,
        ["quiz_key", "token", "answers", "score", "max_score", "percent", "passed", "language", "submitted_at"],
    ),
    on_account_deletion=reassign_to_stand_in(QuizAttempt),
    models=["training.QuizAttempt"],
)
register_section(
    "course_activity",
    export=_rows(CourseActivity, ["course_key", "last_page_key", "started_at", "updated_at"]),
    on_account_deletion=reassign_to_stand_in(CourseActivity),
    models=["training.CourseActivity"],
)
register_section(
    "course_completions",
    export=_rows(CourseCompletion, ["course_key", "completed_at"]),
    on_account_deletion=reassign_to_stand_in(CourseCompletion),
    models=["training.CourseCompletion"],
)
