"""Demo content: a feedback survey at the end of the CPTED course (English; other languages see it as an alias)."""

from wagtail.models import Locale

from portal.demo import demo_loader, get_or_create_child
from portal.languages import source_language_code
from reports.models import CourseFeedbackField, CourseFeedbackPage
from training.models import CoursePage

# Not the course translated page by page into French and German (training/tests/test_demo_content.py).
DEMO_COURSE_SLUG = "cpted"
SURVEY_SLUG = "feedback"
QUESTIONS = [
    {
        "label": "How useful was this course for your work?",
        "field_type": "radio",
        "choices": "Not useful\nSlightly useful\nUseful\nVery useful",
        "required": True,
    },
    {
        "label": "Would you recommend it to a colleague?",
        "field_type": "radio",
        "choices": "No\nNot sure\nYes",
        "required": True,
    },
    {"label": "What should we improve?", "field_type": "multiline", "choices": "", "required": False},
]


@demo_loader(order=90)
def load_feedback_survey(log):
    source = Locale.objects.get(language_code=source_language_code())
    course = CoursePage.objects.filter(slug=DEMO_COURSE_SLUG, locale=source).first()
    if course is None:
        return
    survey, created = get_or_create_child(
        course,
        CourseFeedbackPage,
        SURVEY_SLUG,
        title="Tell us what you thought of this course",
        introduction="Three short questions. Your answers are only ever shown together with other trainees' answers.",
        thank_you_text="Thank you: your answers help us improve the course.",
    )
    if created or not survey.form_fields.exists():
        for order, question in enumerate(QUESTIONS):
            CourseFeedbackField.objects.create(page=survey, locale=source, sort_order=order, **question)
        survey.save_revision().publish()
        log(f"Feedback survey: {survey.title}")
