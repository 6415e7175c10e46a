"""The trainee's dashboard ("My learning")."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from accounts.models import get_profile
from training.models import CourseActivity, CoursePage, QuizAttempt, SelfEvaluation
from training.services.courses import course_titles
from training.services.learning_paths import learning_path_for, path_course_ids
from training.services.progress import CourseOutline
from training.services.records import records_for
from training.services.self_evaluation import competence_charts


@never_cache
@login_required
@require_http_methods(["GET"])
def my_learning(request):
    """The trainee's dashboard: courses, next steps, learning path, certificates, self-evaluations, quizzes."""
    user = request.user
    language = get_language()
    activity = {row.course_key: row for row in CourseActivity.objects.filter(user=user).order_by("-updated_at")}
    path = learning_path_for(get_profile(user).staff_profile, language)
    path_ids = path_course_ids(path) if path is not None else []
    path_keys = dict(Page.objects.filter(id__in=path_ids).values_list("id", "translation_key")) if path_ids else {}
    path_order = [path_keys[page_id] for page_id in path_ids if page_id in path_keys]
    evaluations = list(SelfEvaluation.objects.filter(user=user))
    evaluated = [evaluation.course_key for evaluation in evaluations]
    courses_by_key = {
        course.translation_key: course
        for course in CoursePage.objects.live()
        .filter(translation_key__in=[*activity, *path_order, *evaluated], locale__language_code=language)
        .select_related("domain")
    }
    wanted = list(dict.fromkeys([key for key in activity if key in courses_by_key] + path_order))
    charted = list(dict.fromkeys(wanted + [key for key in evaluated if key in courses_by_key]))
    records = records_for(request)
    outlines_by_key = {
        outline.course.translation_key: outline
        for outline in CourseOutline.bulk([courses_by_key[key] for key in wanted if key in courses_by_key], records)
    }
    outlines = [outlines_by_key[key] for key in activity if key in outlines_by_key]
    for outline in outlines:
        last_key = activity[outline.course.translation_key].last_page_key
        last = outline.find(last_key)
        outline.resume_item = last if last is not None and not last.done else outline.next_item()
    path_outlines = [outlines_by_key[key] for key in dict.fromkeys(path_order) if key in outlines_by_key]

    certificates = list(user.certificates.all())
    titles = course_titles({certificate.course_key for certificate in certificates}, language) if certificates else {}
    for certificate in certificates:
        certificate.display_course_title = titles.get(certificate.course_key) or certificate.course_title

    attempts = list(QuizAttempt.objects.filter(user=user).order_by("-submitted_at")[:20])
    quizzes = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in={a.quiz_key for a in attempts}, locale__language_code=language)
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale_id")
    }
    history = [(attempt, quizzes.get(attempt.quiz_key)) for attempt in attempts]
    return TemplateResponse(
        request,
        "training/my_learning.html",
        {
            "outlines": outlines,
            "history": history,
            "learning_path": path,
            "path_outlines": path_outlines,
            "certificates": certificates,
            "charts": competence_charts(user, [courses_by_key[key] for key in charted], evaluations),
        },
    )
