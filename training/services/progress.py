"""Progress rules, computed from a course's page tree and a trainee's records.

- A lesson is done when the trainee marks it done.
- A module is done when all its lessons are done and each of its quizzes is passed.
- A course is done when all its modules are done.

A course's structure is read in one query, whatever its size; records in two.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from wagtail.models import Page

from training.models import CoursePage, LessonPage, ModulePage, QuizPage
from training.services.records import SessionRecords, UserRecords, records_for
from training.signals import course_completed


@dataclass
class OutlineItem:
    page: Page
    kind: str  # "lesson" or "quiz"
    done: bool = False
    current: bool = False


@dataclass
class ModuleOutline:
    page: Page
    items: list = field(default_factory=list)
    current: bool = False

    @property
    def done(self):
        return all(item.done for item in self.items)


@dataclass
class CourseOutline:
    course: Page
    modules: list = field(default_factory=list)

    @property
    def items(self):
        return [item for module in self.modules for item in module.items]

    @property
    def done(self):
        return bool(self.items) and all(module.done for module in self.modules)

    @property
    def done_count(self):
        return sum(1 for item in self.items if item.done)

    @property
    def percent(self):
        items = self.items
        return round(100 * self.done_count / len(items)) if items else 0

    @property
    def started(self):
        return self.done_count > 0

    @property
    def current_item(self):
        return next((item for item in self.items if item.current), None)

    def next_item(self):
        return next((item for item in self.items if not item.done), None)

    def item_after(self, page):
        items = self.items
        for index, item in enumerate(items):
            if item.page.translation_key == page.translation_key:
                return items[index + 1] if index + 1 < len(items) else None
        return None

    def find(self, translation_key):
        return next((item for item in self.items if item.page.translation_key == translation_key), None)

    @classmethod
    def for_request(cls, course, request, current=None):
        return cls.bulk([course], records_for(request), current=current)[0]

    @classmethod
    def bulk(cls, courses, records, current=None):
        """Outlines of several courses: one query for their pages, two for the records."""
        if not courses:
            return []
        kinds = {
            ModulePage: "module",
            LessonPage: "lesson",
            QuizPage: "quiz",
        }
        path_filter = Q()
        for course in courses:
            path_filter |= Q(path__startswith=course.path, depth__gt=course.depth)
        descendants = list(
            Page.objects.live()
            .filter(path_filter)
            .select_related("content_type")
            .only("id", "title", "path", "depth", "url_path", "translation_key", "content_type", "locale_id")
            .order_by("path")
        )
        keys = [page.translation_key for page in descendants]
        done_lessons = records.completed_lesson_keys(keys)
        passed_quizzes = records.passed_quiz_keys(keys)
        current_key = current.translation_key if current is not None else None

        outlines = []
        for course in courses:
            outline = cls(course=course)
            module = None
            for page in descendants:
                if not page.path.startswith(course.path):
                    continue
                kind = kinds.get(page.content_type.model_class())
                if kind == "module" and page.depth == course.depth + 1:
                    module = ModuleOutline(page=page, current=page.translation_key == current_key)
                    outline.modules.append(module)
                elif kind in ("lesson", "quiz") and module is not None and page.path.startswith(module.page.path):
                    done = page.translation_key in (done_lessons if kind == "lesson" else passed_quizzes)
                    is_current = page.translation_key == current_key
                    module.items.append(OutlineItem(page=page, kind=kind, done=done, current=is_current))
                    if is_current:
                        module.current = True
            outlines.append(outline)
        return outlines


def update_course_completion(request, course):
    """Record the course as complete once every module is done; tell listeners the first time."""
    if not request.user.is_authenticated:
        return False
    return _complete_if_done(request.user, course)


def complete_courses_for(user, course_keys):
    """After records arrive from elsewhere (a session merge): complete what is now complete."""
    courses = {}
    for course in CoursePage.objects.filter(translation_key__in=course_keys, alias_of__isnull=True).live():
        courses.setdefault(course.translation_key, course)
    for course in courses.values():
        _complete_if_done(user, course)


def _complete_if_done(user, course):
    records = UserRecords(user)
    outline = CourseOutline.bulk([course], records)[0]
    if outline.done and records.record_course_completion(course.translation_key):
        course_completed.send(sender=course.specific_class, user=user, course_key=course.translation_key)
        return True
    return False


def merge_session_records(sender, request, user, **kwargs):
    """Receiver of ``user_logged_in`` (connected in ``TrainingConfig.ready``): what a visitor did before
    logging in or signing up joins their account, and courses it completes are completed."""
    if request is None or not hasattr(request, "session"):
        return
    course_keys = SessionRecords(request).merge_into(user)
    if course_keys:
        complete_courses_for(user, course_keys)
