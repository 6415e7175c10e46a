"""Demo content of the training app: the four training domains, the training index, four courses
and a learning path per staff profile.

The English is data in ``training/demo/`` (``domains.yaml``, ``index.yaml``, one file per
course under ``courses/``, ``learning_paths.yaml``); each course has two modules of
lessons and ends with a quiz that uses all four question types. Translations are the PO
files under ``training/demo/translations/<lang>/``, one per page or snippet, imported
through wagtail-localize. The loader is idempotent: it only adds what is missing and
never edits what exists.
"""

from wagtail.models import Locale, Site

from portal.demo import (
    demo_data,
    demo_data_files,
    demo_loader,
    ensure_locales,
    feature_on_home,
    get_or_create_child,
    translate_from_files,
)
from portal.models import Domain
from training.models import CoursePage, LearningPath, LessonPage, ModulePage, QuizPage, TrainingIndexPage


@demo_loader(order=20)
def load_training(log):
    source_locale = ensure_locales()
    domains = {spec["slug"]: _ensure_domain(spec, source_locale, log) for spec in demo_data("training", "domains")}

    home = Site.objects.get(is_default_site=True).root_page.specific
    index, created = get_or_create_child(home, TrainingIndexPage, show_in_menus=True, **demo_data("training", "index"))
    if created:
        log(f"  created {index.title!r}")

    courses = [
        _ensure_course(index, spec, domains[spec["domain"]], log) for spec in demo_data_files("training", "courses")
    ]
    feature_on_home(courses)

    translate_from_files(index, log)
    for course in courses:
        for page in [course, *_descendants_in_tree_order(course)]:
            translate_from_files(page, log)


def _ensure_domain(spec, source_locale, log):
    domain = Domain.objects.filter(locale=source_locale, slug=spec["slug"]).first()
    if domain is None:
        domain = Domain.objects.create(locale=source_locale, **spec)
        log(f"  created the domain {domain.name!r}")
    translate_from_files(domain, log)
    return domain


def _ensure_course(index, spec, domain, log):
    course, created = get_or_create_child(
        index,
        CoursePage,
        spec["slug"],
        title=spec["title"],
        domain=domain,
        summary=spec["summary"],
        learning_outcomes=[{"type": "outcome", "value": outcome} for outcome in spec["outcomes"]],
        estimated_minutes=spec["minutes"],
        staff_profiles=spec["profiles"],
        search_description=spec["search_description"],
        competences=[{"type": "competence", "value": text} for text in spec["competences"]],
    )
    if created:
        log(f"  created the course {course.title!r}")
    for module_spec in spec["modules"]:
        module, _created = get_or_create_child(
            course, ModulePage, module_spec["slug"], title=module_spec["title"], summary=module_spec["summary"]
        )
        for lesson in module_spec["lessons"]:
            get_or_create_child(
                module,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                summary=lesson["summary"],
                body=lesson["body"],
                estimated_minutes=lesson["minutes"],
            )
        quiz = module_spec.get("quiz")
        if quiz:
            get_or_create_child(
                module,
                QuizPage,
                quiz["slug"],
                title=quiz["title"],
                introduction=quiz["introduction"],
                questions=quiz["questions"],
                pass_mark=quiz["pass_mark"],
                max_attempts=quiz["max_attempts"],
            )
    return course


@demo_loader(order=21)
def load_learning_paths(log):
    """A learning path per staff profile over the demo courses, in every language."""
    source_locale = ensure_locales()
    courses = {course.slug: course for course in CoursePage.objects.filter(locale=source_locale)}
    for spec in demo_data("training", "learning_paths"):
        path = LearningPath.objects.filter(locale=source_locale, staff_profile=spec["staff_profile"]).first()
        if path is None:
            path = LearningPath.objects.create(
                locale=source_locale,
                staff_profile=spec["staff_profile"],
                title=spec["title"],
                description=spec["description"],
                courses=[{"type": "course", "value": courses[slug].pk} for slug in spec["courses"] if slug in courses],
            )
            log(f"  created the learning path {path.title!r}")
        translate_from_files(path, log)


def _descendants_in_tree_order(page):
    """Parents before children: wagtail-localize needs a page's parent translated first."""
    return [descendant.specific for descendant in page.get_descendants().order_by("path")]


# Runs after the library's loaders: the lesson links to a case study through a page chooser,
# found by slug, so the training app does not import the case-study app.
LESSON_CASE_STUDY_LINKS = {"biometric-identification-and-the-ai-act": "facial-recognition-at-the-nice-carnival"}


@demo_loader(order=40)
def link_lessons_to_case_studies(log):
    from wagtail.models import Page

    from portal.demo import give_blocks_ids, resync_translations

    source = Locale.objects.get(language_code="en")
    for lesson_slug, case_study_slug in LESSON_CASE_STUDY_LINKS.items():
        lesson = LessonPage.objects.filter(slug=lesson_slug, locale=source).first()
        case_study = Page.objects.filter(slug=case_study_slug, locale=source).first()
        if lesson is None or case_study is None:
            continue
        if any(block.block_type == "case_study" for block in lesson.body):
            continue
        lesson.body.append(("case_study", {"page": case_study, "text": ""}))
        give_blocks_ids(lesson)
        lesson.save_revision().publish()
        resync_translations(lesson)
        log(f"  linked the lesson {lesson.title!r} to the case study {case_study.title!r}")
