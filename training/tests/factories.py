"""A small course for tests: modules of lessons and a quiz with every question type."""

from types import SimpleNamespace

from home.tests.factories import build_site_tree, publish, translate
from portal.demo import give_blocks_ids
from training.models import CoursePage, LessonPage, ModulePage, QuizPage, TrainingIndexPage


def choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


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


COMPETENCES = ["I can walk a site and name its vulnerabilities.", "I can explain natural surveillance."]


def build_course(
    site=None,
    modules=2,
    lessons_per_module=2,
    pass_mark=60,
    max_attempts=None,
    translate_into=("fr",),
    competences=(),
    certificate_validity_months=None,
):
    """An English course under a training index, translated (really, with the same block ids)."""
    site = site or build_site_tree(translated_into=translate_into)
    index = TrainingIndexPage(title="Training", slug="training", introduction="Learn.")
    site.home.add_child(instance=index)
    publish(index)
    course = CoursePage(
        title="CPTED basics",
        slug="cpted-basics",
        summary="Design out crime.",
        estimated_minutes=45,
        competences=[{"type": "competence", "value": text} for text in competences],
        certificate_validity_months=certificate_validity_months,
    )
    index.add_child(instance=course)
    publish(course)
    built = SimpleNamespace(site=site, index=index, course=course, modules=[], lessons=[], quizzes=[])
    for module_number in range(1, modules + 1):
        module = ModulePage(title=f"Module {module_number}", slug=f"module-{module_number}")
        course.add_child(instance=module)
        publish(module)
        built.modules.append(module)
        for lesson_number in range(1, lessons_per_module + 1):
            lesson = LessonPage(
                title=f"Lesson {module_number}.{lesson_number}",
                slug=f"lesson-{module_number}-{lesson_number}",
                body=[{"type": "paragraph", "value": f"<p>Lesson text {module_number}.{lesson_number}.</p>"}],
            )
            module.add_child(instance=lesson)
            publish(lesson)
            built.lessons.append(lesson)
        if module_number == modules:
            quiz = QuizPage(
                title="Check your knowledge",
                slug="quiz",
                pass_mark=pass_mark,
                max_attempts=max_attempts,
                questions=QUESTIONS,
            )
            give_blocks_ids(quiz)
            module.add_child(instance=quiz)
            publish(quiz)
            built.quizzes.append(quiz)
    built.quiz = built.quizzes[-1]
    built.translations = {}
    for code in translate_into:
        built.translations[code] = SimpleNamespace(
            index=translate(index, code, title=f"Formation ({code})", slug=f"training-{code}"),
            course=translate(course, code, title=f"Cours ({code})"),
            modules=[translate(module, code) for module in built.modules],
            lessons=[translate(lesson, code, title=f"{lesson.title} ({code})") for lesson in built.lessons],
            quiz=translate(built.quiz, code, title=f"Quiz ({code})"),
        )
    return built


def question_ids(quiz):
    """{kind: (question id, block value)} for the factory quiz."""
    return {child.block.kind: (child.id, child.value) for child in quiz.questions}


def correct_post(quiz, token):
    """POST data answering every question of the factory quiz correctly."""
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


def wrong_post(quiz, token):
    """POST data answering every question wrongly."""
    data = {"token": str(token)}
    for child in quiz.questions:
        name = f"q-{child.id}"
        kind = child.block.kind
        if kind == "single":
            data[name] = next(c.id for c in child.value["choices"].bound_blocks if not c.value["correct"])
        elif kind == "multiple":
            data[name] = [c.id for c in child.value["choices"].bound_blocks if not c.value["correct"]]
        elif kind == "true_false":
            data[name] = "false" if child.value["answer"] else "true"
        elif kind == "ordering":
            items = list(child.value["items"].bound_blocks)
            for position, item in enumerate(reversed(items), start=1):
                data[f"{name}-{item.id}"] = str(position)
    return data


def complete_course(client, built):
    """Mark every lesson done and pass the quiz, as the signed-in trainee of ``client`` would."""
    import uuid

    for lesson in built.lessons:
        response = client.post(lesson.url, {"action": "complete"})
        assert response.status_code == 302
    response = client.post(built.quiz.url, correct_post(built.quiz, uuid.uuid4()))
    assert response.status_code == 302
