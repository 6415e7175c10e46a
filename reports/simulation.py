"""A simulated cohort of trainees for the demo site, so the reports show something true.

Deterministic (one seeded ``random.Random``) and idempotent: simulated trainees are the
users whose username starts with ``SIMULATED_PREFIX``; running again with the same size
and seed leaves them as they are, ``reset`` replaces them. Everything is written with
``bulk_create``.

The model: each trainee has an ability; each question a difficulty; a trainee answers
right with a logistic probability of the difference. Trainees work through a course in
order and give up at each step with a small probability (larger at one "hard" lesson per
course); a failed quiz is retaken up to twice, and a trainee who never passes stops there.
One question is answered as if mistranslated: in ``MISTRANSLATED_LANGUAGE`` most trainees
pick the same wrong answer (``MISTRANSLATED_QUIZ_SLUG``, question 1).

Then, from a second generator seeded from the same seed (so the records above stay as
they were before certificates existed): a certificate for every completion, issued when
the course was completed, with the course's validity and a few revoked; and
self-evaluations, before the course (most trainees) and after it (most of those who
completed it), where each competence statement has its own typical gain.
"""

import contextlib
import datetime
import math
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from dateutil.relativedelta import relativedelta

from accounts.models import Profile
from portal.languages import source_language_code
from portal.profiles import StaffProfile
from reports import figures
from reports.feedback import split_choices
from reports.models import CourseFeedbackField, CourseFeedbackPage, CourseFeedbackSubmission
from training.certificate_codes import ALPHABET, CODE_LENGTH
from training.grading import grade, quiz_questions
from training.models import (
    Certificate,
    CourseActivity,
    CourseCompletion,
    LessonCompletion,
    QuizAttempt,
    SelfEvaluation,
)

SIMULATED_PREFIX = "simulated-trainee-"
LANGUAGE_WEIGHTS = {"en": 30, "fr": 18, "de": 18, "it": 8, "es": 8, "nl": 6, "lv": 6, "el": 6}
COUNTRIES = ["FR", "DE", "BE", "NL", "IT", "ES", "LV", "GR", "PT", "AT", "LU", "IE"]
MISTRANSLATED_QUIZ_SLUG = "quiz-vulnerability-analysis"
MISTRANSLATED_LANGUAGE = "de"
MISTRANSLATED_QUESTION = 0  # the first question of that quiz
STEP_CONTINUE = 0.95  # chance to go on to the next step
HARD_STEP_CONTINUE = 0.72  # at the first lesson of each course's second module
RETAKE = 0.75
MAX_ATTEMPTS = 3
REVOKED = 0.03  # share of certificates revoked later (issued in error, say)
RATE_BEFORE = 0.7  # share of trainees who rate themselves before starting
RATE_AFTER = 0.75  # share of those, having completed the course, who rate themselves again


def simulated_users():
    return get_user_model().objects.filter(username__startswith=SIMULATED_PREFIX)


def simulate_cohort(trainees=400, seed=2028, reset=False, log=print):
    """Create ``trainees`` simulated trainees with their records; return how many were created."""
    existing = simulated_users().count()
    # A cohort simulated before certificates existed is rebuilt once, so it gets them.
    has_certificates = Certificate.objects.filter(user__in=simulated_users()).exists() or not (
        CourseCompletion.objects.filter(user__in=simulated_users()).exists()
    )
    if existing == trainees and has_certificates and not reset:
        log(f"{existing} simulated trainees are already there.")
        return 0
    courses = figures.source_courses()
    if not courses:
        log("No course: run load_demo_content first.")
        return 0
    with transaction.atomic():
        simulated_users().delete()
        # Seeded generators (S311): a reproducible simulation, not a secret.
        simulation = _Simulation(random.Random(seed), courses)  # noqa: S311
        simulation.follow_up = random.Random(f"{seed}-certificates-and-self-evaluation")  # noqa: S311
        simulation.run(trainees)
    log(f"Simulated {trainees} trainees.")
    return trainees


class _Simulation:
    def __init__(self, rng, courses):
        self.rng = rng
        self.now = timezone.now().replace(microsecond=0)
        self.outlines = figures.outlines(courses)
        self.quizzes = {}
        for outline in self.outlines:
            for item in outline.items:
                if item.kind == "quiz":
                    self.quizzes[item.page.translation_key] = item.page.specific
        self.difficulty = {
            question.id: self.rng.uniform(-1.6, 0.6)
            for quiz in self.quizzes.values()
            for question in quiz_questions(quiz)
        }
        for quiz in self.quizzes.values():
            if quiz.slug == MISTRANSLATED_QUIZ_SLUG:
                # An easy question everywhere else, so the one language stands out.
                self.difficulty[quiz_questions(quiz)[MISTRANSLATED_QUESTION].id] = -1.5
        # Each survey in every language (translations and aliases): trainees answer in theirs.
        self.surveys = {}
        source = source_language_code()
        pages = CourseFeedbackPage.objects.live().select_related("locale")
        sources = {page.pk: page for page in pages if page.alias_of_id is None and page.locale.language_code == source}
        for page in pages:
            source = next((s for s in sources.values() if s.translation_key == page.translation_key), None)
            if source is not None:
                course_key = source.get_parent().translation_key
                self.surveys.setdefault(course_key, {}).setdefault(source.translation_key, {})[
                    page.locale.language_code
                ] = page
        self.survey_fields = {}
        for form_field in CourseFeedbackField.objects.order_by("sort_order"):
            self.survey_fields.setdefault(form_field.page_id, []).append(form_field)
        self.lessons, self.activity, self.attempts, self.completions, self.feedback = [], [], [], [], []
        self.follow_up = rng
        self.certificates, self.self_evaluations = [], []

    def run(self, count):
        users = self._users(count)
        for user, profile in users:
            ability = self.rng.gauss(0, 1)
            chosen = self.rng.sample(self.outlines, k=min(len(self.outlines), self.rng.choice([1, 1, 2, 2, 3])))
            for outline in chosen:
                self._take_course(user, profile.preferred_language, ability, outline)
        self._certify_and_self_evaluate(dict(users))
        with _given_times():
            LessonCompletion.objects.bulk_create(self.lessons, batch_size=2000)
            CourseActivity.objects.bulk_create(self.activity, batch_size=2000)
            QuizAttempt.objects.bulk_create(self.attempts, batch_size=1000)
            CourseCompletion.objects.bulk_create(self.completions, batch_size=2000)
            CourseFeedbackSubmission.objects.bulk_create(self.feedback, batch_size=1000)
            Certificate.objects.bulk_create(self.certificates, batch_size=2000)
            SelfEvaluation.objects.bulk_create(self.self_evaluations, batch_size=2000)

    def _users(self, count):
        User = get_user_model()
        password = make_password(None)  # unusable: simulated trainees never log in
        users = User.objects.bulk_create(
            [
                User(
                    username=f"{SIMULATED_PREFIX}{number:04d}",
                    email=f"{SIMULATED_PREFIX}{number:04d}@example.invalid",
                    password=password,
                )
                for number in range(1, count + 1)
            ]
        )
        users = list(simulated_users().order_by("username"))
        languages, weights = zip(*LANGUAGE_WEIGHTS.items(), strict=True)
        profiles = [
            Profile(
                user=user,
                name=f"Simulated trainee {number}",
                country=self.rng.choice(COUNTRIES),
                staff_profile=self.rng.choice(StaffProfile.values),
                preferred_language=self.rng.choices(languages, weights)[0],
            )
            for number, user in enumerate(users, start=1)
        ]
        Profile.objects.bulk_create(profiles)
        return list(zip(users, profiles, strict=True))

    def _take_course(self, user, language, ability, outline):
        moment = self.now - datetime.timedelta(days=self.rng.randint(1, 180), minutes=self.rng.randint(0, 1439))
        started = moment
        last_key = None
        hard_key = None
        if len(outline.modules) > 1 and outline.modules[1].items:
            hard_key = outline.modules[1].items[0].page.translation_key
        finished = True
        for item in outline.items:
            chance = HARD_STEP_CONTINUE if item.page.translation_key == hard_key else STEP_CONTINUE
            if self.rng.random() > chance:
                finished = False
                break
            moment += datetime.timedelta(minutes=self.rng.randint(10, 2000))
            last_key = item.page.translation_key
            if item.kind == "lesson":
                self.lessons.append(LessonCompletion(user=user, lesson_key=last_key, completed_at=moment))
            else:
                moment, passed = self._take_quiz(user, language, ability, item.page.translation_key, moment)
                if not passed:
                    finished = False
                    break
        self.activity.append(
            CourseActivity(
                user=user,
                course_key=outline.course.translation_key,
                last_page_key=last_key or outline.items[0].page.translation_key,
                started_at=started,
                updated_at=moment,
            )
        )
        if finished and outline.items:
            self.completions.append(
                CourseCompletion(user=user, course_key=outline.course.translation_key, completed_at=moment)
            )
            self._answer_survey(user, language, outline.course.translation_key, moment)

    def _take_quiz(self, user, language, ability, quiz_key, moment):
        quiz = self.quizzes[quiz_key]
        mistranslated = quiz.slug == MISTRANSLATED_QUIZ_SLUG and language == MISTRANSLATED_LANGUAGE
        for attempt_number in range(MAX_ATTEMPTS):
            answers = {
                question.id: self._answer(
                    question,
                    ability + 0.6 * attempt_number,
                    mistranslated and index == MISTRANSLATED_QUESTION,
                )
                for index, question in enumerate(quiz_questions(quiz))
            }
            result = grade(quiz, answers)
            self.attempts.append(
                QuizAttempt(
                    user=user,
                    quiz_key=quiz_key,
                    token=uuid.UUID(int=self.rng.getrandbits(128)),
                    answers=answers,
                    score=result.score,
                    max_score=result.max_score,
                    percent=result.percent,
                    passed=result.passed,
                    language=language,
                    submitted_at=moment,
                )
            )
            if result.passed:
                return moment, True
            if self.rng.random() > RETAKE:
                break
            moment += datetime.timedelta(minutes=self.rng.randint(5, 600))
        return moment, False

    def _answer(self, question, ability, mistranslated):
        right = 1 / (1 + math.exp(-(1.4 * ability - self.difficulty[question.id])))
        correct = self.rng.random() < (0.15 if mistranslated else right)
        if question.kind in ("single", "multiple"):
            choices = list(question.value["choices"].bound_blocks)
            good = [choice.id for choice in choices if choice.value["correct"]]
            bad = [choice.id for choice in choices if not choice.value["correct"]]
            if question.kind == "single":
                if correct:
                    return good[0]
                # Mistranslated: the translation points to the first wrong answer.
                if mistranslated and self.rng.random() < 0.85:
                    return bad[0]
                return self.rng.choice(bad)
            if correct:
                return sorted(good)
            picked = set(good)
            if len(good) > 1 and self.rng.random() < 0.5:
                picked.discard(self.rng.choice(good))
            else:
                picked.add(self.rng.choice(bad))
            return sorted(picked)
        if question.kind == "true_false":
            truth = bool(question.value["answer"])
            return truth if correct else not truth
        items = question.item_ids()
        if correct:
            return items
        swapped = list(items)
        position = self.rng.randrange(len(items) - 1)
        swapped[position], swapped[position + 1] = swapped[position + 1], swapped[position]
        return swapped

    def _answer_survey(self, user, language, course_key, moment):
        for survey_key, by_language in self.surveys.get(course_key, {}).items():
            if self.rng.random() > 0.6:
                continue
            page = by_language.get(language) or by_language[source_language_code()]
            # An alias shows the source page's questions.
            fields = self.survey_fields.get(page.alias_of_id or page.pk, [])
            data = {}
            for field in fields:
                choices = split_choices(field.choices)
                if field.field_type in ("radio", "dropdown") and choices:
                    # Ratings lean towards the positive end, as course feedback does.
                    weights = list(range(1, len(choices) + 1))
                    data[field.clean_name] = self.rng.choices(choices, weights)[0]
                elif field.field_type == "multiline" and self.rng.random() < 0.15:
                    data[field.clean_name] = self.rng.choice(SURVEY_COMMENTS)
            self.feedback.append(
                CourseFeedbackSubmission(
                    page=page, user=user, survey_key=survey_key, form_data=data, submit_time=moment
                )
            )

    def _certify_and_self_evaluate(self, profiles):
        """Certificates for the completions, and self-evaluations, from ``follow_up`` only."""
        rng = self.follow_up
        courses = {outline.course.translation_key: outline.course for outline in self.outlines}
        completed_at = {(done.user.pk, done.course_key): done.completed_at for done in self.completions}
        for done in self.completions:
            course = courses[done.course_key]
            months = course.certificate_validity_months
            revoked_at = None
            if rng.random() < REVOKED:
                revoked_at = min(done.completed_at + datetime.timedelta(days=rng.randint(1, 60)), self.now)
            self.certificates.append(
                Certificate(
                    user=done.user,
                    course_key=done.course_key,
                    code="".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH)),
                    holder_name=profiles[done.user].name,
                    course_title=course.title,
                    language=profiles[done.user].preferred_language,
                    issued_at=done.completed_at,
                    expires_at=done.completed_at + relativedelta(months=months) if months else None,
                    revoked_at=revoked_at,
                    revocation_reason="Simulated: issued in error." if revoked_at else "",
                )
            )
        # Each statement has its own typical gain, so the report has something to compare.
        typical_gain = {
            statement.id: rng.uniform(0.3, 1.6) for course in courses.values() for statement in course.competences
        }
        for activity in self.activity:
            statements = list(courses[activity.course_key].competences)
            if not statements or rng.random() > RATE_BEFORE:
                continue
            language = profiles[activity.user].preferred_language
            before = {statement.id: rng.choice([1, 2, 2, 3, 3, 3, 4]) for statement in statements}
            self.self_evaluations.append(
                self._self_evaluation(activity, "before", before, language, activity.started_at)
            )
            finished = completed_at.get((activity.user.pk, activity.course_key))
            if finished is None or rng.random() > RATE_AFTER:
                continue
            after = {
                statement_id: max(1, min(5, rating + round(rng.gauss(typical_gain[statement_id], 0.8))))
                for statement_id, rating in before.items()
            }
            moment = finished + datetime.timedelta(minutes=rng.randint(1, 600))
            self.self_evaluations.append(self._self_evaluation(activity, "after", after, language, moment))

    def _self_evaluation(self, activity, stage, ratings, language, moment):
        return SelfEvaluation(
            user=activity.user,
            course_key=activity.course_key,
            stage=stage,
            ratings=ratings,
            language=language,
            updated_at=min(moment, self.now),
        )


SURVEY_COMMENTS = [
    "More examples from small towns, please.",
    "The quiz helped me check what I had understood.",
    "I would like a printable checklist for site visits.",
    "Some lessons were long; shorter videos would help.",
]


@contextlib.contextmanager
def _given_times():
    """Let bulk_create keep the simulated dates instead of "now" (auto_now / auto_now_add)."""
    fields = [
        (model._meta.get_field(name), flag)
        for model, name, flag in [
            (LessonCompletion, "completed_at", "auto_now_add"),
            (CourseActivity, "started_at", "auto_now_add"),
            (CourseActivity, "updated_at", "auto_now"),
            (QuizAttempt, "submitted_at", "auto_now_add"),
            (CourseCompletion, "completed_at", "auto_now_add"),
            (CourseFeedbackSubmission, "submit_time", "auto_now_add"),
            (SelfEvaluation, "updated_at", "auto_now"),
        ]
    ]
    try:
        for field, flag in fields:
            setattr(field, flag, False)
        yield
    finally:
        for field, flag in fields:
            setattr(field, flag, True)
