"""What training's pages show beyond their fields (the trainee's progress), and the lesson's
"mark as done" form. The page models name these functions (``context_view``, ``serve_view``)."""

from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from training.models import CoursePage
from training.services.courses import course_of
from training.services.progress import CourseOutline, update_course_completion
from training.services.records import records_for
from training.views.responses import bad_request


def training_index_context(page, request, context):
    courses = list(CoursePage.objects.child_of(page).live().select_related("domain"))
    context["outlines"] = CourseOutline.bulk(courses, records_for(request))


def course_context(page, request, context):
    context["outline"] = CourseOutline.for_request(page, request)


def outline_context(page, request, context):
    """A module's or lesson's course outline, with the page marked as the current one."""
    context["outline"] = CourseOutline.for_request(course_of(page), request, current=page)


def serve_lesson(lesson, request, default_serve, *args, **kwargs):
    course = course_of(lesson)
    records = records_for(request)
    if request.method == "POST":
        if request.POST.get("action") != "complete":
            return bad_request(request, _("This form could not be read. Reload the page and try again."))
        records.complete_lesson(lesson.translation_key)
        update_course_completion(request, course)
        outline = CourseOutline.bulk([course], records)[0]
        following = outline.item_after(lesson)
        target = following.page.get_url(request) if following else course.get_url(request)
        return HttpResponseRedirect(target)
    records.touch_course(course.translation_key, lesson.translation_key)
    response = default_serve(request, *args, **kwargs)
    response.headers["Cache-Control"] = "private, no-cache"
    return response
