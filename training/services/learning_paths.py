"""Learning paths: the ordered courses suggested to each staff profile."""

from django.conf import settings
from django.utils.translation import get_language

from training.models import LearningPath


def learning_path_for(staff_profile, language=None):
    """The path for a staff profile in ``language``, else in the source language; None if there is none."""
    if not staff_profile:
        return None
    language = language or get_language()
    paths = {
        path.locale.language_code: path
        for path in LearningPath.objects.filter(
            staff_profile=staff_profile, locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    return paths.get(language) or paths.get(settings.LANGUAGE_CODE)


def path_course_ids(path):
    """The page ids of the path's courses, in order, without loading the pages."""
    return [block["value"] for block in path.courses.raw_data if block.get("type") == "course" and block.get("value")]
