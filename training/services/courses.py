"""Finding a course's page: the course of a module, lesson or quiz, a course in a language, its source
page and its titles in a language."""

from django.utils.translation import get_language

from training.models import CoursePage


def course_of(page):
    """The course a module, lesson or quiz belongs to (one query, remembered on the page)."""
    if not hasattr(page, "_agora_course"):
        page._agora_course = CoursePage.objects.ancestor_of(page).first()
    return page._agora_course


def course_in_active_language(course_key):
    """The live course in the visitor's language (an alias shows the source text), else its original; or None."""
    courses = CoursePage.objects.live().filter(translation_key=course_key)
    return (
        courses.filter(locale__language_code=get_language()).first()
        or courses.filter(alias_of__isnull=True).order_by("pk").first()
    )


def source_course(course_key):
    """The course page in its source language (the original, not a translation or alias)."""
    pages = CoursePage.objects.filter(translation_key=course_key, alias_of__isnull=True).select_related("locale")
    pages = sorted(pages, key=lambda page: page.pk)
    return pages[0] if pages else None


def course_titles(course_keys, language):
    """{course_key: title} in ``language``, falling back to the course's source-language title."""
    titles = {}
    pages = (
        CoursePage.objects.filter(translation_key__in=list(course_keys))
        .select_related("locale")
        .only("title", "translation_key", "locale__language_code", "alias_of_id")
        .order_by("pk")
    )
    for page in pages:
        if page.locale.language_code == language and page.alias_of_id is None:
            titles[page.translation_key] = page.title
        elif page.alias_of_id is None:
            titles.setdefault(page.translation_key, page.title)
    return titles


def course_title(certificate, language):
    return course_titles([certificate.course_key], language).get(certificate.course_key) or certificate.course_title
