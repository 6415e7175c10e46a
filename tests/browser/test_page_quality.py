"""Every page type and every public HTML route: axe (WCAG 2.1 A/AA), the Nu HTML checker
and Lighthouse (each category at 0.95 or more).

The lists of page types and routes come from Wagtail and the URL resolver, so a page
type or route added later fails `test_every_page_type_and_route_is_scanned` until it
is scanned here or excluded with a reason.
"""

from django.urls import get_resolver
from django.urls.resolvers import LocalePrefixPattern, URLResolver

from wagtail.models import get_page_models

import pytest

from tests.project import agora_app_labels
from tests.quality import SCAN_TAGS, axe_violations, format_violations, lighthouse_report, vnu_errors_many

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIGHTHOUSE_MINIMUM = 0.95

RESULT_TOKEN = "00000000-0000-4000-8000-000000000001"
COURSE = "/en/training/cpted-basics/"
FRENCH_COURSE = "/fr/training-fr/cpted-basics/"

# Where each page type is scanned, given the tree of training.tests.factories.build_course
# (which builds home.tests.factories.build_site_tree first).
PAGE_TYPE_URLS = {
    "HomePage": ["/en/", "/el/"],
    "StandardPage": ["/fr/a-propos/", "/de/about/"],  # a translation, and an untranslated alias
    "TrainingIndexPage": ["/fr/training-fr/"],
    "CoursePage": [COURSE],
    "ModulePage": [f"{COURSE}module-1/"],
    "LessonPage": [f"{FRENCH_COURSE}module-1/lesson-1-1/", f"{COURSE}module-2/lesson-2-1/"],
    "QuizPage": [f"{COURSE}module-2/quiz/", f"{FRENCH_COURSE}module-2/quiz/result/{RESULT_TOKEN}/"],
    # The library pages come from the `library_pages` fixture below.
    "CaseStudyIndexPage": ["/en/case-studies/?space=square&technology=teleportation", "/fr/case-studies-fr/"],
    "CaseStudyPage": ["/en/case-studies/nice-carnival/", "/fr/case-studies-fr/nice-carnival-fr/"],
    "ResourceIndexPage": ["/en/resources/?type=report&type=guide", "/fr/resources-fr/"],
    "ResourcePage": ["/en/resources/video-analytics-report/", "/fr/resources-fr/video-analytics-report-fr/"],
    "CourseFeedbackPage": [f"{COURSE}feedback/"],  # signed in: the survey asks visitors to log in
}
# Where each public route that is not a Wagtail page is scanned.
ROUTE_URLS = {
    "<lang>/search/": ["/en/search/?q=Agora", "/fr/search/?q=zzzz", "/en/search/?q=lesson&type=lesson&languages=all"],
    "<lang>/accounts/": [
        "/fr/accounts/login/",
        "/de/accounts/signup/",
        "/en/accounts/password/reset/",
        "/lv/accounts/email/",
    ],
    "<lang>/accounts/profile/": ["/el/accounts/profile/"],
    "<lang>/accounts/delete/": ["/nl/accounts/delete/"],
    "<lang>/my-learning/": ["/fr/my-learning/"],
    "<lang>/my-learning/self-evaluation/<uuid:course_key>/<str:stage>/": [
        "/fr/my-learning/self-evaluation/{course_key}/before/"
    ],
    # The PDF download under it (…/<code>/pdf/<lang>/) is not HTML: training/tests/test_certificates.py.
    "<lang>/certificates/": [
        "/el/certificates/verify/",
        "/el/certificates/verify/{certificate_code}/",
        "/lv/certificates/{certificate_code}/",
    ],
}
# URLs scanned as a signed-in trainee (a session cookie); the others as an anonymous visitor.
SIGNED_IN_URLS = {
    f"{COURSE}feedback/",
    "/el/accounts/profile/",
    "/nl/accounts/delete/",
    "/lv/accounts/email/",
    "/fr/my-learning/",
    f"{FRENCH_COURSE}module-2/quiz/result/{RESULT_TOKEN}/",
    "/fr/my-learning/self-evaluation/{course_key}/before/",
    "/lv/certificates/{certificate_code}/",
}
# HTML that no route names: Django's 404 page for a missing page.
EXTRA_URLS = ["/de/gibt-es-nicht/"]
# Routes that are not HTML pages for people, with the reason they are not scanned here.
NOT_SCANNED = {
    "healthz": "plain text for load balancers; portal/tests/test_health_and_errors.py",
    "robots.txt": "plain text; portal/tests/test_seo_files.py",
    "sitemap.xml": "XML; portal/tests/test_alternates.py",
    "admin/": "Wagtail's own admin",
    "documents/": "file downloads",
    "api/v2/": "JSON API; portal/tests/test_api.py",
    "<lang>/": "Wagtail's page serving: covered through PAGE_TYPE_URLS",
    "<lang>/search/autocomplete/": "JSON for the header search box; search/tests/test_search_page.py",
    "<lang>/accounts/data/": "a JSON download; tests/test_personal_data.py",
}

AGORA_APPS = agora_app_labels()


def agora_page_types():
    return sorted(model.__name__ for model in get_page_models() if model._meta.app_label in AGORA_APPS)


def public_routes():
    routes = set()
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            routes.update(f"<lang>/{child.pattern}" for child in pattern.url_patterns)
        else:
            routes.add(str(pattern.pattern))
    return routes


def urls_to_scan(values):
    """Every URL to scan, anonymous ones first, with {placeholders} filled from ``values``."""
    urls = [url for urls in (*PAGE_TYPE_URLS.values(), *ROUTE_URLS.values()) for url in urls] + EXTRA_URLS
    return [
        (url.format(**values), url in SIGNED_IN_URLS) for url in sorted(urls, key=lambda url: url in SIGNED_IN_URLS)
    ]


def test_every_page_type_and_route_is_scanned():
    assert set(agora_page_types()) <= set(PAGE_TYPE_URLS), "add the new page type to PAGE_TYPE_URLS"
    unscanned = public_routes() - set(ROUTE_URLS) - set(NOT_SCANNED)
    assert not unscanned, f"scan these routes (ROUTE_URLS) or say why not (NOT_SCANNED): {sorted(unscanned)}"


@pytest.fixture
def course(course):
    """The factory course, ending with a feedback survey (reports.CourseFeedbackPage)."""
    from reports.tests.factories import add_feedback_survey

    add_feedback_survey(course.course)
    return course


def trainee_session_cookie(course):
    """A signed-in trainee with some progress in the course: their session id, for the browser and Lighthouse."""
    from django.conf import settings
    from django.test import Client

    from accounts.tests.factories import make_trainee
    from training.services.records import UserRecords
    from training.tests.factories import wrong_post

    trainee = make_trainee(email="scan@example.org", name="Σοφία Παπαδοπούλου", preferred_language="el")
    records = UserRecords(trainee)
    records.complete_lesson(course.lessons[0].translation_key)
    records.touch_course(course.course.translation_key, course.lessons[1].translation_key)
    client = Client()
    client.force_login(trainee)
    client.post(course.quiz.url, wrong_post(course.quiz, RESULT_TOKEN))
    assert records.find_attempt(RESULT_TOKEN) is not None
    values = give_certificate_evaluation_and_path(trainee, course)
    return settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value, values


def give_certificate_evaluation_and_path(trainee, course):
    """A certificate, a self-evaluation and a learning path, so that their pages and the dashboard show them."""
    from portal.profiles import StaffProfile
    from training.models import LearningPath, SelfEvaluation
    from training.services.issuing import issue_certificate

    english, french = course.course, course.translations["fr"].course
    english.competences = [{"type": "competence", "value": "I can walk a site and name its vulnerabilities."}]
    english.save_revision().publish()
    french.competences = [
        {**block, "value": "Je sais parcourir un site et nommer ses vulnérabilités."}
        for block in english.competences.raw_data
    ]
    french.save_revision().publish()
    statement_id = english.competences[0].id
    for stage, rating in (("before", 2), ("after", 4)):
        SelfEvaluation.objects.create(
            user=trainee, course_key=english.translation_key, stage=stage, ratings={statement_id: rating}, language="en"
        )
    LearningPath.objects.create(
        locale=english.locale,
        staff_profile=StaffProfile.SECURITY_COORDINATOR,
        title="Path for urban security coordinators",
        courses=[{"type": "course", "value": english.pk}],
    )
    certificate = issue_certificate(trainee, english.translation_key, language="el")
    return {"course_key": english.translation_key, "certificate_code": certificate.formatted_code}


@pytest.fixture
def library_pages(course):
    """Case studies and resources beside the course; a lesson links to a case study ("taught in")."""
    from casestudies.tests.factories import build_case_studies, link_from
    from resources.tests.factories import build_resources

    case_studies = build_case_studies(course.site.home)
    build_resources(course.site.home)
    link_from(course.lessons[0], "case_study", case_studies.nice, "How Nice did it.")
    return case_studies


def test_axe_and_html_validity_of_every_page_type_and_route(course, library_pages, live_server, browser_page):
    documents = {}
    failures = []
    cookie_name, session_id, values = trainee_session_cookie(course)
    for url, signed_in in urls_to_scan(values):
        # Anonymous URLs come first: once the session cookie is set, it stays for the rest of the scan.
        if signed_in:
            browser_page.context.add_cookies([{"name": cookie_name, "value": session_id, "url": live_server.url}])
        response = browser_page.goto(live_server.url + url)
        assert response.status in (200, 404), url
        assert browser_page.url == live_server.url + url, f"{url} redirected to {browser_page.url}"
        violations = axe_violations(browser_page, tags=SCAN_TAGS)
        if violations:
            failures.append(f"axe on {url}:\n{format_violations(violations)}")
        # vnu checks what the server sent, not the DOM after scripts ran.
        documents[url] = response.text()
    for url, errors in vnu_errors_many(documents).items():
        if errors:
            failures.append(f"Nu HTML checker on {url}:\n" + "\n".join(errors))
    assert not failures, "\n\n".join(failures)


@pytest.mark.lighthouse
def test_lighthouse_scores_of_every_page_type_and_route(course, library_pages, live_server):
    failures = []
    cookie_name, session_id, values = trainee_session_cookie(course)
    # Lighthouse refuses to audit an error page (ERRORED_DOCUMENT_REQUEST): 404s get axe and vnu only.
    for url, signed_in in [(url, signed_in) for url, signed_in in urls_to_scan(values) if url not in EXTRA_URLS]:
        headers = {"Cookie": f"{cookie_name}={session_id}"} if signed_in else None
        report = lighthouse_report(live_server.url + url, extra_headers=headers)
        assert report.raw.get("finalDisplayedUrl") == live_server.url + url, f"{url} redirected"
        low = {category: score for category, score in report.scores.items() if (score or 0) < LIGHTHOUSE_MINIMUM}
        if low:
            audits = [f"  {a['category']}: {a['id']} ({a['title']}) {a['displayValue']}" for a in report.failing_audits]
            failures.append(f"{url}: {low}\n" + "\n".join(audits))
    assert not failures, "\n\n".join(failures)
