"""The training demo content: four courses with quizzes, one of them in French and German.

One test, because the loader takes a while and a transactional test starts from an
empty database: it loads twice, then checks structure, quizzes and translations.
"""

import os
import re

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import pytest

from portal.languages import language_codes
from portal.models import Domain
from training.demo_translations import COURSES as COURSE_TRANSLATIONS
from training.models import CoursePage, LessonPage, ModulePage, QuizPage, TrainingIndexPage

TRANSLATED_COURSE = "vulnerability-analysis"
TRANSLATED_LANGUAGES = ("fr", "de")
# Segments that are names and may read the same in a translation (none so far).
SAME_IN_EVERY_LANGUAGE = set()
QUESTION_KINDS = {"single", "multiple", "true_false", "ordering"}


def _load():
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", stdout=devnull)


def _counts():
    return {
        "pages": Page.objects.count(),
        "domains": Domain.objects.count(),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
    }


def _strings(instance):
    """The translatable strings of a page or snippet, in order, with their paths (block ids included)."""
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def _word_count(lesson):
    text = " ".join(text for path, text in _strings(lesson) if path.startswith("body"))
    return len(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_training_demo_content(client):
    _load()
    counts = _counts()
    _load()
    assert _counts() == counts, "a second run must add and change nothing"
    assert Page.find_problems() == ([], [], [], [], [])

    english = Locale.objects.get(language_code="en")
    other_codes = [code for code in language_codes() if code != "en"]

    # Domains: four in English, each a real translation in every other locale.
    domains = Domain.objects.filter(locale=english)
    assert domains.count() == 4
    for domain in domains:
        for code in other_codes:
            translated = domain.get_translation(Locale.objects.get(language_code=code))
            assert translated.slug == domain.slug
            assert translated.name != domain.name

    # The training index, under the English home page, translated into every locale.
    home = Site.objects.get(is_default_site=True).root_page
    index = TrainingIndexPage.objects.child_of(home).get(slug="training")
    assert index.show_in_menus and index.live
    for code in other_codes:
        translated = index.get_translations().get(locale__language_code=code)
        assert translated.alias_of_id is None and translated.live
        assert translated.title != index.title

    # Four courses, one per domain, each with modules of lessons and a quiz.
    courses = list(CoursePage.objects.child_of(index).live())
    assert len(courses) == 4
    assert {course.domain_id for course in courses} == set(domains.values_list("pk", flat=True))
    kinds_seen = set()
    for course in courses:
        assert course.summary and course.search_description and course.staff_profiles
        assert 3 <= len(course.learning_outcomes) <= 5
        modules = list(ModulePage.objects.child_of(course).live())
        assert len(modules) >= 2
        quizzes = []
        for module in modules:
            lessons = list(LessonPage.objects.child_of(module).live())
            assert 2 <= len(lessons) <= 3
            for lesson in lessons:
                assert 250 <= _word_count(lesson) <= 450, lesson.title
                block_types = {block.block_type for block in lesson.body}
                assert {"heading", "paragraph", "key_points"} <= block_types
                assert not block_types & {"figure", "video", "document"}
            quizzes += list(QuizPage.objects.child_of(module).live())
        assert quizzes, f"{course.title} has no quiz"
        for quiz in quizzes:
            assert len(quiz.questions) >= 5
            quiz.questions.stream_block.clean(quiz.questions)  # raises if a question is invalid
            assert 1 <= quiz.pass_mark <= 100
            kinds = {question.block.kind for question in quiz.questions}
            kinds_seen |= kinds
            for question in quiz.questions:
                assert question.value["explanation"]
                for choice in question.value.get("choices", []):
                    assert choice["feedback"]
    assert kinds_seen == QUESTION_KINDS

    # The courses are featured on the home page.
    featured = [
        page.pk for block in home.specific.body if block.block_type == "featured_pages" for page in block.value["pages"]
    ]
    assert {course.pk for course in courses} <= set(featured)

    # One course translated completely, page by page, into French and German.
    course = CoursePage.objects.child_of(index).get(slug=TRANSLATED_COURSE)
    pages = [course, *(page.specific for page in course.get_descendants())]
    used = {code: set() for code in TRANSLATED_LANGUAGES}
    for page in pages:
        source = TranslationSource.objects.get_for_instance(page)
        english_strings = _strings(page)
        for code in TRANSLATED_LANGUAGES:
            translated = page.get_translations().get(locale__language_code=code).specific
            assert translated.alias_of_id is None, f"{page.title} is only an alias in {code}"
            assert translated.live

            translation = source.translations.get(target_locale__language_code=code)
            total, done = translation.get_progress()
            assert total == done, f"{page.title}: {total - done} segments untranslated in {code}"
            used[code] |= {entry.msgid for entry in translation.export_po()}

            # The published page carries a translation of every string, at the same place.
            translated_strings = _strings(translated)
            assert [path for path, _text in translated_strings] == [path for path, _text in english_strings]
            untranslated = [
                text
                for (_path, text), (_same_path, translated_text) in zip(
                    english_strings, translated_strings, strict=True
                )
                if translated_text == text and text not in SAME_IN_EVERY_LANGUAGE
            ]
            assert not untranslated, f"{page.title} in {code}: {untranslated}"

            if isinstance(page, QuizPage):
                # Block ids stay the same across languages: grading does not depend on it.
                assert [q.id for q in translated.questions] == [q.id for q in page.questions]
                assert translated.pass_mark == page.pass_mark
            if isinstance(page, CoursePage):
                assert translated.domain.locale.language_code == code

    # Every translation in the mapping is used: no stale entries left behind.
    for code in TRANSLATED_LANGUAGES:
        stale = set(COURSE_TRANSLATIONS[TRANSLATED_COURSE][code]) - used[code]
        assert not stale, f"{code} translations for segments that no longer exist: {stale}"

    # The French lesson answers at its own URL, in French.
    lesson = LessonPage.objects.descendant_of(course).get(slug="why-public-spaces-are-vulnerable")
    french = lesson.get_translation(Locale.objects.get(language_code="fr"))
    response = client.get(french.url)
    assert response.status_code == 200
    assert "Pourquoi les espaces publics sont vulnérables" in response.content.decode()

    # Competence statements on every course; on the translated one, translated with the same ids.
    assert all(len(course.competences) >= 3 for course in courses)
    for code in TRANSLATED_LANGUAGES:
        translated = course.get_translation(Locale.objects.get(language_code=code))
        assert [child.id for child in translated.competences] == [child.id for child in course.competences]
        assert {child.value for child in translated.competences}.isdisjoint(child.value for child in course.competences)

    # A learning path for each of the six staff profiles, over the demo courses, in English, French and German.
    from portal.profiles import StaffProfile
    from training.learning_paths import path_course_ids
    from training.models import LearningPath

    english_paths = LearningPath.objects.filter(locale__language_code="en")
    assert {path.staff_profile for path in english_paths} == set(StaffProfile.values)
    course_ids = {course.pk for course in courses}
    for path in english_paths:
        assert len(path_course_ids(path)) >= 2 and set(path_course_ids(path)) <= course_ids
        for code in TRANSLATED_LANGUAGES:
            assert path.get_translation(Locale.objects.get(language_code=code)).title != path.title
