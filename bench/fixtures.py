"""What the load benchmark adds to the page tree, through the models: a course with lessons and a
quiz, a case-study library over a few taxonomy terms, and trainees with progress (in bulk)."""

import random
import uuid

from wagtail.models import Locale, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.demo import give_blocks_ids
from portal.models import Country, Domain, SpaceType, Technology, Topic
from training.models import CoursePage, LessonPage, ModulePage, QuizPage, TrainingIndexPage

PASSWORD = "bench-password-1"  # noqa: S105 - a throwaway account in a throwaway database


def choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


# One question of every type, with known answers (correct_post answers them all correctly).
QUESTIONS = [
    {
        "type": "single_choice",
        "value": {
            "prompt": "Which principle asks that people can see and be seen?",
            "explanation": "Natural surveillance keeps eyes on the street.",
            "weight": 1,
            "choices": [
                choice("Natural surveillance", True, "Yes: visibility deters."),
                choice("Target hardening", False, "That is about physical barriers."),
                choice("Zoning", False, "Zoning is a planning tool."),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "value": {
            "prompt": "Which of these are CPTED principles?",
            "explanation": "Access control and territorial reinforcement are both CPTED principles.",
            "weight": 2,
            "choices": [
                choice("Access control", True),
                choice("Territorial reinforcement", True),
                choice("Mass surveillance", False, "Not a CPTED principle."),
                choice("Maintenance", True),
            ],
        },
    },
    {
        "type": "true_false",
        "value": {
            "prompt": "A vulnerability assessment starts with the users of the space.",
            "explanation": "Knowing who uses the space comes first.",
            "weight": 1,
            "answer": True,
            "feedback_true": "Right.",
            "feedback_false": "Think about who uses it.",
        },
    },
    {
        "type": "ordering",
        "value": {
            "prompt": "Put the steps of a crisis message in order.",
            "explanation": "Acknowledge, inform, instruct, follow up.",
            "weight": 1,
            "items": ["Acknowledge", "Inform", "Instruct", "Follow up"],
        },
    },
]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_course():
    """A course of three modules (three lessons each, a quiz last) under the English training index."""
    index = TrainingIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
    body = "<p>" + " ".join(["Good lighting and clear sight lines make a square feel safer."] * 12) + "</p>"
    course = CoursePage(title="Bench course", slug="bench-course", summary="Design out crime.", estimated_minutes=60)
    index.add_child(instance=course)
    publish(course)
    lessons, quiz = [], None
    for module_number in range(1, 4):
        module = ModulePage(title=f"Module {module_number}", slug=f"module-{module_number}")
        course.add_child(instance=module)
        publish(module)
        for lesson_number in range(1, 4):
            lesson = LessonPage(
                title=f"Lesson {module_number}.{lesson_number}",
                slug=f"lesson-{module_number}-{lesson_number}",
                body=[{"type": "paragraph", "value": body}],
            )
            module.add_child(instance=lesson)
            lessons.append(publish(lesson))
        if module_number == 3:
            quiz = QuizPage(title="Check your knowledge", slug="quiz", pass_mark=60, questions=QUESTIONS)
            give_blocks_ids(quiz)
            module.add_child(instance=quiz)
            quiz = publish(quiz)
    return course, lessons, quiz


def correct_post(quiz, token):
    """POST data answering every question of the bench quiz correctly."""
    data = {"token": str(token)}
    for child in quiz.questions:
        name = f"q-{child.id}"
        kind = child.block.kind
        if kind == "single":
            data[name] = next(c.id for c in child.value["choices"].bound_blocks if c.value["correct"])
        elif kind == "multiple":
            data[name] = [c.id for c in child.value["choices"].bound_blocks if c.value["correct"]]
        elif kind == "true_false":
            data[name] = "true" if child.value["answer"] else "false"
        elif kind == "ordering":
            for position, item in enumerate(child.value["items"].bound_blocks, start=1):
                data[f"{name}-{item.id}"] = str(position)
    return data


def term(model, slug, name, **fields):
    """The English term with this slug, made if missing."""
    locale = Locale.objects.get(language_code="en")
    return model.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name, **fields})[0]


def taxonomy():
    """The terms the case studies are spread over, by name."""
    return {
        "cpted": term(Domain, "cpted", "Crime prevention through environmental design"),
        "ethics": term(Domain, "ethical-use-of-security-technologies", "Ethical use of security technologies"),
        "video": term(Technology, "video-analytics", "Video analytics"),
        "facial": term(Technology, "facial-recognition", "Facial recognition"),
        "barriers": term(Technology, "hostile-vehicle-mitigation", "Hostile vehicle mitigation"),
        "square": term(SpaceType, "square", "Square"),
        "event": term(SpaceType, "event-venue", "Event venue"),
        "street": term(SpaceType, "shopping-street", "Shopping street"),
        "privacy": term(Topic, "privacy", "Privacy"),
        "france": term(Country, "fr", "France", code="FR"),
        "belgium": term(Country, "be", "Belgium", code="BE"),
        "latvia": term(Country, "lv", "Latvia", code="LV"),
    }


def build_case_studies(count):
    """A case-study index under the default site's home page, with ``count`` case studies."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = CaseStudyIndexPage(title="Case studies", slug="case-studies", introduction="What cities tried.")
    home.add_child(instance=index)
    publish(index)
    more_case_studies(index, count)
    return index


def more_case_studies(index, count, start=0):
    """``count`` case studies under ``index``, numbered from ``start``, spread over the facets."""
    terms = taxonomy()
    countries = [terms["france"], terms["belgium"], terms["latvia"]]
    pages = []
    for number in range(start, start + count):
        page = CaseStudyPage(
            slug=f"extra-{number}",
            title=f"Extra case study {number}",
            summary="What Somewhere did.",
            city="Somewhere",
            country=countries[number % 3],
            year_start=2010 + number % 10,
            year_end=2011 + number % 10 if number % 2 else None,
            what_was_done="<p>They tried something and measured it.</p>",
        )
        page.space_types = [terms["square"]] if number % 2 else [terms["street"], terms["event"]]
        page.technologies = [terms["video"], terms["facial"]][: 1 + number % 2]
        page.domains = [terms["cpted"]]
        give_blocks_ids(page)
        index.add_child(instance=page)
        pages.append(publish(page))
    return pages


def add_trainees(count, course, lessons, quiz):
    """``count`` verified trainees in bulk, each with some lessons done, an activity and an attempt."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from allauth.account.models import EmailAddress

    from training.models import CourseActivity, LessonCompletion, QuizAttempt

    user_model = get_user_model()
    password = make_password(PASSWORD)
    rng = random.Random(9)  # noqa: S311 - reproducible fake progress
    users = user_model.objects.bulk_create(
        [
            user_model(username=f"trainee{number}", email=f"trainee{number}@example.org", password=password)
            for number in range(count)
        ],
        batch_size=1000,
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users], batch_size=1000
    )
    completions, activities, attempts = [], [], []
    for user in users:
        done = rng.randint(0, len(lessons))
        completions += [LessonCompletion(user=user, lesson_key=lesson.translation_key) for lesson in lessons[:done]]
        last_key = lessons[max(done - 1, 0)].translation_key
        activities.append(CourseActivity(user=user, course_key=course.translation_key, last_page_key=last_key))
        if done == len(lessons):
            attempt = QuizAttempt(
                user=user,
                quiz_key=quiz.translation_key,
                token=uuid.uuid4(),
                answers={},
                score=4,
                max_score=5,
                percent=80,
                passed=True,
                language="en",
            )
            attempts.append(attempt)
    LessonCompletion.objects.bulk_create(completions, batch_size=2000)
    CourseActivity.objects.bulk_create(activities, batch_size=2000)
    QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
    return users[0], len(completions)
