"""Lesson, quiz and dashboard views. Grading and records live in grading.py and records.py."""

import random
import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from training.grading import SubmissionRejected, grade, parse_submission, quiz_questions
from training.models import CourseActivity, CoursePage, QuizAttempt, SelfEvaluation
from training.progress import CourseOutline, update_course_completion
from training.records import records_for


def course_of(page):
    """The course a module, lesson or quiz belongs to (one query, remembered on the page)."""
    if not hasattr(page, "_agora_course"):
        page._agora_course = CoursePage.objects.ancestor_of(page).first()
    return page._agora_course


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


@never_cache
def quiz_form(request, quiz):
    course = course_of(quiz)
    records = records_for(request)
    attempts_used = records.attempt_count(quiz.translation_key)
    limit_reached = quiz.max_attempts is not None and attempts_used >= quiz.max_attempts
    errors, answers = {}, {}
    # Questions come from the source quiz while this translation lags behind it.
    gradable = quiz.gradable_quiz()
    if request.method == "POST":
        if limit_reached:
            return TemplateResponse(
                request, "training/quiz_limit.html", {"page": quiz, "attempts_used": attempts_used}, status=429
            )
        try:
            token, answers, errors = parse_submission(gradable, request.POST)
        except SubmissionRejected:
            return bad_request(request, _("This quiz submission could not be read. Reload the quiz and try again."))
        if not errors:
            result = grade(gradable, answers)
            records.record_attempt(quiz.translation_key, token, answers, result, get_language())
            if result.passed:
                update_course_completion(request, course)
            return HttpResponseRedirect(quiz.url + quiz.reverse_subpage("quiz_result", kwargs={"token": token}))
    elif request.method != "GET":
        return bad_request(request, _("This quiz submission could not be read. Reload the quiz and try again."))
    else:
        records.touch_course(course.translation_key, quiz.translation_key)
        token = uuid.uuid4()

    questions = quiz_questions(gradable)
    if quiz.shuffle:
        shuffler = random.Random(str(token))  # noqa: S311 - display order, not security
        for question in questions:
            question.display_choices = _shuffled(question, shuffler)
    context = quiz.get_context(request)
    context.update(
        {
            "questions": questions,
            "token": token,
            "answers": answers,
            "errors": errors,
            "attempts_used": attempts_used,
            "limit_reached": limit_reached,
            "questions_language": gradable.locale.language_code if gradable is not quiz else None,
            "outline": CourseOutline.bulk([course], records, current=quiz)[0],
        }
    )
    return TemplateResponse(request, "training/quiz_page.html", context)


def _shuffled(question, shuffler):
    children = list(question.value["choices"].bound_blocks) if question.kind in ("single", "multiple") else []
    shuffler.shuffle(children)
    return children


@never_cache
def quiz_result(request, quiz, token):
    """The review of one attempt, in the language the trainee reads now."""
    records = records_for(request)
    attempt = records.find_attempt(token)
    if attempt is None or attempt.quiz_key != quiz.translation_key:
        raise Http404
    course = course_of(quiz)
    outline = CourseOutline.bulk([course], records, current=quiz)[0]
    following = outline.item_after(quiz)
    context = quiz.get_context(request)
    context.update(
        {
            "attempt": attempt,
            "grade": grade(quiz.gradable_quiz(), attempt.answers),
            "outline": outline,
            "next_item": following if attempt.passed else None,
            "attempts_used": records.attempt_count(quiz.translation_key),
        }
    )
    return TemplateResponse(request, "training/quiz_result.html", context)


@never_cache
@login_required
@require_http_methods(["GET"])
def my_learning(request):
    """The trainee's dashboard: courses, next steps, learning path, certificates, self-evaluations, quizzes."""
    from accounts.models import get_profile
    from training.certificates import course_titles
    from training.learning_paths import learning_path_for, path_course_ids
    from training.self_evaluation import competence_charts

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


def bad_request(request, message):
    response = TemplateResponse(request, "400.html", {"message": message}, status=400)
    return response
