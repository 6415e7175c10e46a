"""Where a trainee's records live: the database for an account, the session for a visitor.

Both offer the same methods, so views and progress rules do not care which it is.
Session records join the account on log-in or sign-up (``progress.merge_session_records``).
"""

import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from training.models import CourseActivity, CourseCompletion, LessonCompletion, QuizAttempt

SESSION_KEY = "agora_training"


def records_for(request):
    if request.user.is_authenticated:
        return UserRecords(request.user)
    return SessionRecords(request)


class UserRecords:
    def __init__(self, user):
        self.user = user

    def completed_lesson_keys(self, keys=None):
        rows = LessonCompletion.objects.filter(user=self.user)
        if keys is not None:
            rows = rows.filter(lesson_key__in=keys)
        return set(rows.values_list("lesson_key", flat=True))

    def passed_quiz_keys(self, keys=None):
        rows = QuizAttempt.objects.filter(user=self.user, passed=True)
        if keys is not None:
            rows = rows.filter(quiz_key__in=keys)
        return set(rows.order_by().values_list("quiz_key", flat=True).distinct())

    def complete_lesson(self, lesson_key):
        LessonCompletion.objects.get_or_create(user=self.user, lesson_key=lesson_key)

    def attempt_count(self, quiz_key):
        return QuizAttempt.objects.filter(user=self.user, quiz_key=quiz_key).count()

    def find_attempt(self, token):
        return QuizAttempt.objects.filter(user=self.user, token=token).first()

    def record_attempt(self, quiz_key, token, answers, grade, language):
        return self.store_attempt(
            quiz_key=quiz_key,
            token=token,
            answers=answers,
            score=grade.score,
            max_score=grade.max_score,
            percent=grade.percent,
            passed=grade.passed,
            language=language,
        )

    def store_attempt(self, *, token, **fields):
        """Store an attempt once per token: a double submission returns the first one."""
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(user=self.user, token=token, **fields)
        except IntegrityError:
            existing = QuizAttempt.objects.filter(token=token).first()
            if existing is None or existing.user_id != self.user.pk:
                raise
            return existing

    def touch_course(self, course_key, page_key):
        # One UPDATE on every later visit; the row is created on the first.
        rows = CourseActivity.objects.filter(user=self.user, course_key=course_key)
        if not rows.update(last_page_key=page_key, updated_at=timezone.now()):
            CourseActivity.objects.get_or_create(
                user=self.user, course_key=course_key, defaults={"last_page_key": page_key}
            )

    def last_page_key(self, course_key):
        return (
            CourseActivity.objects.filter(user=self.user, course_key=course_key)
            .values_list("last_page_key", flat=True)
            .first()
        )

    def record_course_completion(self, course_key):
        """True the first time the course is recorded complete for this trainee."""
        _completion, created = CourseCompletion.objects.get_or_create(user=self.user, course_key=course_key)
        return created

    def completed_course_keys(self):
        return set(CourseCompletion.objects.filter(user=self.user).values_list("course_key", flat=True))


class SessionRecords:
    """A visitor's records, kept in the session as plain JSON."""

    def __init__(self, request):
        self.session = request.session

    @property
    def data(self):
        return self.session.get(SESSION_KEY) or {"lessons": [], "attempts": [], "activity": {}}

    def _save(self, data):
        self.session[SESSION_KEY] = data
        self.session.modified = True

    def completed_lesson_keys(self, keys=None):
        found = {uuid.UUID(key) for key in self.data["lessons"]}
        return found if keys is None else found & {uuid.UUID(str(key)) for key in keys}

    def passed_quiz_keys(self, keys=None):
        found = {uuid.UUID(attempt["quiz_key"]) for attempt in self.data["attempts"] if attempt["passed"]}
        return found if keys is None else found & {uuid.UUID(str(key)) for key in keys}

    def complete_lesson(self, lesson_key):
        data = self.data
        if str(lesson_key) not in data["lessons"]:
            data["lessons"].append(str(lesson_key))
            self._save(data)

    def attempt_count(self, quiz_key):
        return sum(1 for attempt in self.data["attempts"] if attempt["quiz_key"] == str(quiz_key))

    def find_attempt(self, token):
        for attempt in self.data["attempts"]:
            if attempt["token"] == str(token):
                return SessionAttempt(attempt)
        return None

    def record_attempt(self, quiz_key, token, answers, grade, language):
        existing = self.find_attempt(token)
        if existing is not None:
            return existing
        attempt = {
            "quiz_key": str(quiz_key),
            "token": str(token),
            "answers": answers,
            "score": grade.score,
            "max_score": grade.max_score,
            "percent": grade.percent,
            "passed": grade.passed,
            "language": language,
            "submitted_at": timezone.now().isoformat(),
        }
        data = self.data
        data["attempts"].append(attempt)
        self._save(data)
        return SessionAttempt(attempt)

    def touch_course(self, course_key, page_key):
        data = self.data
        data["activity"][str(course_key)] = str(page_key)
        self._save(data)

    def last_page_key(self, course_key):
        key = self.data["activity"].get(str(course_key))
        return uuid.UUID(key) if key else None

    def record_course_completion(self, course_key):
        return False  # visitors earn completion (and certificates) once they have an account

    def completed_course_keys(self):
        return set()

    def merge_into(self, user):
        """Move everything into the account; records that exist there already are kept once.

        Returns the keys of the courses the visitor worked on, whose completion may now be due.
        """
        data = self.session.get(SESSION_KEY)
        if not data:
            return []
        account = UserRecords(user)
        for lesson_key in data["lessons"]:
            account.complete_lesson(uuid.UUID(lesson_key))
        for attempt in data["attempts"]:
            fields = {name: value for name, value in attempt.items() if name != "submitted_at"}
            account.store_attempt(**fields)
        for course_key, page_key in data["activity"].items():
            CourseActivity.objects.get_or_create(user=user, course_key=course_key, defaults={"last_page_key": page_key})
        del self.session[SESSION_KEY]
        return [uuid.UUID(key) for key in data["activity"]]


class SessionAttempt:
    """A session attempt with the attributes of a QuizAttempt that templates use."""

    def __init__(self, data):
        self.quiz_key = uuid.UUID(data["quiz_key"])
        self.token = uuid.UUID(data["token"])
        self.answers = data["answers"]
        self.score = data["score"]
        self.max_score = data["max_score"]
        self.percent = data["percent"]
        self.passed = data["passed"]
        self.language = data["language"]
        self.submitted_at = data["submitted_at"]
