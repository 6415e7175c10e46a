"""A quiz: its form, a submission graded and recorded, and the review of an attempt."""

import random
import uuid

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from training.grading import SubmissionRejected, grade, parse_submission, quiz_questions
from training.services.courses import course_of
from training.services.progress import CourseOutline, update_course_completion
from training.services.records import records_for
from training.views.responses import bad_request


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
