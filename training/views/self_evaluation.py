"""The self-evaluation form: a trainee rates a course's competence statements, before or after it."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from training.models import CourseCompletion, SelfEvaluation
from training.services.courses import course_in_active_language
from training.services.self_evaluation import RATINGS, STAGES, parse_ratings
from training.views.responses import bad_request


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def self_evaluation(request, course_key, stage):
    """Rate the course's competences before starting it or after completing it."""
    course = course_in_active_language(course_key)
    if stage not in STAGES or course is None or not len(course.competences):
        raise Http404
    completed = CourseCompletion.objects.filter(user=request.user, course_key=course_key).exists()
    if stage == SelfEvaluation.Stage.AFTER and not completed:
        raise Http404
    existing = SelfEvaluation.objects.filter(user=request.user, course_key=course_key, stage=stage).first()
    ratings = dict(existing.ratings) if existing else {}
    errors = {}
    if request.method == "POST":
        try:
            ratings, errors = parse_ratings(course, request.POST)
        except ValueError:
            return bad_request(request, _("This form could not be read. Reload the page and try again."))
        if not errors:
            SelfEvaluation.objects.update_or_create(
                user=request.user,
                course_key=course_key,
                stage=stage,
                defaults={"ratings": ratings, "language": get_language()},
            )
            return HttpResponseRedirect(reverse("my_learning") + f"#self-evaluation-{course_key}")
    return TemplateResponse(
        request,
        "training/self_evaluation.html",
        {
            "course": course,
            "stage": stage,
            "statements": list(course.competences),
            "ratings": ratings,
            "errors": errors,
            "choices": RATINGS,
        },
    )
