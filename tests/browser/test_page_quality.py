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
from tests.quality import axe_violations, format_violations, lighthouse_report, vnu_errors_many

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
}
# Where each public route that is not a Wagtail page is scanned.
ROUTE_URLS = {
    "<lang>/search/": ["/en/search/?q=Agora", "/fr/search/?q=zzzz"],
    "<lang>/accounts/": [
        "/fr/accounts/login/",
        "/de/accounts/signup/",
        "/en/accounts/password/reset/",
        "/lv/accounts/email/",
    ],
    "<lang>/accounts/profile/": ["/el/accounts/profile/"],
    "<lang>/accounts/delete/": ["/nl/accounts/delete/"],
    "<lang>/my-learning/": ["/fr/my-learning/"],
}
# URLs scanned as a signed-in trainee (a session cookie); the others as an anonymous visitor.
SIGNED_IN_URLS = {
    "/el/accounts/profile/",
    "/nl/accounts/delete/",
    "/lv/accounts/email/",
    "/fr/my-learning/",
    f"{FRENCH_COURSE}module-2/quiz/result/{RESULT_TOKEN}/",
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


def urls_to_scan():
    urls = [url for urls in (*PAGE_TYPE_URLS.values(), *ROUTE_URLS.values()) for url in urls] + EXTRA_URLS
    return sorted(urls, key=lambda url: url in SIGNED_IN_URLS)


def test_every_page_type_and_route_is_scanned():
    assert set(agora_page_types()) <= set(PAGE_TYPE_URLS), "add the new page type to PAGE_TYPE_URLS"
    unscanned = public_routes() - set(ROUTE_URLS) - set(NOT_SCANNED)
    assert not unscanned, f"scan these routes (ROUTE_URLS) or say why not (NOT_SCANNED): {sorted(unscanned)}"


def trainee_session_cookie(course):
    """A signed-in trainee with some progress in the course: their session id, for the browser and Lighthouse."""
    from django.conf import settings
    from django.test import Client

    from accounts.tests.factories import make_trainee
    from training.records import UserRecords
    from training.tests.factories import wrong_post

    trainee = make_trainee(email="scan@example.org", name="Σοφία Παπαδοπούλου", preferred_language="el")
    records = UserRecords(trainee)
    records.complete_lesson(course.lessons[0].translation_key)
    records.touch_course(course.course.translation_key, course.lessons[1].translation_key)
    client = Client()
    client.force_login(trainee)
    client.post(course.quiz.url, wrong_post(course.quiz, RESULT_TOKEN))
    assert records.find_attempt(RESULT_TOKEN) is not None
    return settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value


def test_axe_and_html_validity_of_every_page_type_and_route(course, live_server, browser_page):
    documents = {}
    failures = []
    cookie_name, session_id = trainee_session_cookie(course)
    for url in urls_to_scan():
        # Anonymous URLs come first: once the session cookie is set, it stays for the rest of the scan.
        if url in SIGNED_IN_URLS:
            browser_page.context.add_cookies([{"name": cookie_name, "value": session_id, "url": live_server.url}])
        response = browser_page.goto(live_server.url + url)
        assert response.status in (200, 404), url
        assert browser_page.url == live_server.url + url, f"{url} redirected to {browser_page.url}"
        violations = axe_violations(browser_page)
        if violations:
            failures.append(f"axe on {url}:\n{format_violations(violations)}")
        # vnu checks what the server sent, not the DOM after scripts ran.
        documents[url] = response.text()
    for url, errors in vnu_errors_many(documents).items():
        if errors:
            failures.append(f"Nu HTML checker on {url}:\n" + "\n".join(errors))
    assert not failures, "\n\n".join(failures)


@pytest.mark.lighthouse
def test_lighthouse_scores_of_every_page_type_and_route(course, live_server):
    failures = []
    cookie_name, session_id = trainee_session_cookie(course)
    # Lighthouse refuses to audit an error page (ERRORED_DOCUMENT_REQUEST): 404s get axe and vnu only.
    for url in [url for url in urls_to_scan() if url not in EXTRA_URLS]:
        headers = {"Cookie": f"{cookie_name}={session_id}"} if url in SIGNED_IN_URLS else None
        report = lighthouse_report(live_server.url + url, extra_headers=headers)
        assert report.raw.get("finalDisplayedUrl") == live_server.url + url, f"{url} redirected"
        low = {category: score for category, score in report.scores.items() if (score or 0) < LIGHTHOUSE_MINIMUM}
        if low:
            audits = [f"  {a['category']}: {a['id']} ({a['title']}) {a['displayValue']}" for a in report.failing_audits]
            failures.append(f"{url}: {low}\n" + "\n".join(audits))
    assert not failures, "\n\n".join(failures)
