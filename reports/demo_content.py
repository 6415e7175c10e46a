"""Demo content: a feedback survey at the end of one course (``reports/demo/feedback.yaml``),
translated by the PO files ``reports/demo/translations/<lang>/feedback.po``."""

from wagtail.models import Locale

from portal.demo import demo_data, demo_loader, get_or_create_child, stable_uuid, translate_from_files
from portal.languages import source_language_code
from reports.models import CourseFeedbackField, CourseFeedbackPage
from training.models import CoursePage


@demo_loader(order=90)
def load_feedback_survey(log):
    spec = demo_data("reports", "feedback")
    source = Locale.objects.get(language_code=source_language_code())
    course = CoursePage.objects.filter(slug=spec["course"], locale=source).first()
    if course is None:
        return
    survey, created = get_or_create_child(
        course,
        CourseFeedbackPage,
        spec["slug"],
        title=spec["title"],
        introduction=spec["introduction"],
        thank_you_text=spec["thank_you_text"],
    )
    if created or not survey.form_fields.exists():
        for order, question in enumerate(spec["questions"]):
            # The question's translation key names it in the PO files' contexts: keep it the same everywhere.
            key = stable_uuid(f"reports.coursefeedbackfield:{survey.slug}:{order}")
            CourseFeedbackField.objects.create(
                page=survey, locale=source, sort_order=order, translation_key=key, **question
            )
        survey.save_revision().publish()
        log(f"Feedback survey: {survey.title}")
    translate_from_files(survey, log)
