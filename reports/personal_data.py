"""Feedback survey answers in a trainee's data export; on account deletion they are kept,
anonymised, for the reports (docs/security.md). Discovered by accounts (accounts/personal_data.py)."""

from accounts.personal_data import reassign_to_stand_in, register_section
from reports.models import CourseFeedbackSubmission


def _export_survey_answers(user):
    rows = CourseFeedbackSubmission.objects.filter(user=user).order_by("pk")
    return [{"survey_key": row.survey_key, "answers": row.form_data, "submitted_at": row.submit_time} for row in rows]


register_section(
    "survey_answers",
    export=_export_survey_answers,
    on_account_deletion=reassign_to_stand_in(CourseFeedbackSubmission),
    models=["reports.CourseFeedbackSubmission"],
)
