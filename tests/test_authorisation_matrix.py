"""Who may open what: the roles of DESIGN.md by every route of the URL resolver (and every
routable page's sub-routes). A route without a rule here fails the test: add the rule when
you add the route. Nobody below the administrator and the training coordinator sees a trainee's
personal data but the trainee.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client, override_settings

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

import pytest

from accounts.tests.factories import make_trainee
from casestudies.tests.factories import build_case_studies
from localization.translator_groups import group_name
from reports.tests.factories import add_feedback_survey
from resources.tests.factories import build_resources
from tests.routes import all_routes, page_subroutes
from training.models import Certificate, QuizAttempt
from training.tests.factories import build_course, complete_course

ROLES = ("visitor", "trainee_a", "trainee_b", "translator", "editor", "coordinator", "administrator")
SIGNED_IN = ROLES[1:]
STAFF = ("translator", "editor", "coordinator", "administrator")
# Roles that must never see trainee A's personal data (the coordinator and administrator may, by design).
MUST_NOT_SEE_A = ("visitor", "trainee_b", "translator", "editor")

LOGIN = "login"  # 302 to the trainee log-in page
ADMIN_LOGIN = "admin-login"  # 302 to the admin's log-in page
DENIED = "denied"  # anything but a success: 302 elsewhere, 403 or 404
NOT_FOUND = 404


def everyone(expected):
    return dict.fromkeys(ROLES, expected)


def signed_in(expected, visitor):
    return {"visitor": visitor, **dict.fromkeys(SIGNED_IN, expected)}


PUBLIC = everyone(200)
PRIVATE = signed_in(200, visitor=LOGIN)
# allauth sends a signed-in person away from log-in and sign-up pages.
ENTRANCE = signed_in(302, visitor=200)

# A certificate is trainee A's: A, and staff who may revoke certificates (coordinator, administrator).
CERTIFICATE_OWNER = {**signed_in(NOT_FOUND, visitor=LOGIN), "trainee_a": 200, "coordinator": 200, "administrator": 200}

# Every non-admin route: (how to build its URL from the world, who gets what).
RULES = {
    "healthz": (lambda w: "/healthz", PUBLIC),
    "sitemap": (lambda w: "/sitemap.xml", PUBLIC),
    "robots_txt": (lambda w: "/robots.txt", PUBLIC),
    "search": (lambda w: "/en/search/?q=lesson", PUBLIC),
    "wagtail_serve": (lambda w: w.course.lessons[0].url, PUBLIC),
    "wagtailcore_login": (lambda w: "/en/_util/login/", PUBLIC),
    "wagtailcore_authenticate_with_password": (
        lambda w: "/en/_util/authenticate_with_password/999/999/",
        everyone(404),
    ),
    "wagtaildocs_serve": (lambda w: w.document.url, PUBLIC),
    "wagtaildocs_authenticate_with_password": (
        lambda w: "/documents/authenticate_with_password/999/",
        everyone(404),
    ),
    "wagtailapi:pages:listing": (lambda w: "/api/v2/pages/", PUBLIC),
    "wagtailapi:pages:detail": (lambda w: f"/api/v2/pages/{w.course.course.pk}/", PUBLIC),
    "wagtailapi:pages:find": (lambda w: f"/api/v2/pages/find/?html_path={w.course.course.url}", everyone(302)),
    "wagtailapi:images:listing": (lambda w: "/api/v2/images/", PUBLIC),
    "wagtailapi:images:detail": (lambda w: "/api/v2/images/999/", everyone(404)),
    "wagtailapi:images:find": (lambda w: "/api/v2/images/find/?id=999", everyone(404)),
    "wagtailapi:documents:listing": (lambda w: "/api/v2/documents/", PUBLIC),
    "wagtailapi:documents:detail": (lambda w: f"/api/v2/documents/{w.document.pk}/", PUBLIC),
    "wagtailapi:documents:find": (lambda w: f"/api/v2/documents/find/?id={w.document.pk}", everyone(302)),
    "my_learning": (lambda w: "/en/my-learning/", PRIVATE),
    "account_profile": (lambda w: "/en/accounts/profile/", PRIVATE),
    "account_data_export": (lambda w: "/en/accounts/data/", PRIVATE),
    "account_delete": (lambda w: "/en/accounts/delete/", PRIVATE),
    "account_email": (lambda w: "/en/accounts/email/", PRIVATE),
    "account_change_password": (lambda w: "/en/accounts/password/change/", PRIVATE),
    # Everyone here has a password: allauth sends them to "change".
    "account_set_password": (lambda w: "/en/accounts/password/set/", signed_in(302, visitor=LOGIN)),
    "account_reauthenticate": (lambda w: "/en/accounts/reauthenticate/", PRIVATE),
    "account_login": (lambda w: "/en/accounts/login/", ENTRANCE),
    "account_signup": (lambda w: "/en/accounts/signup/", ENTRANCE),
    "account_logout": (lambda w: "/en/accounts/logout/", signed_in(200, visitor=302)),
    "account_inactive": (lambda w: "/en/accounts/inactive/", PUBLIC),
    "account_email_verification_sent": (lambda w: "/en/accounts/confirm-email/", PUBLIC),
    # No log-in code is pending: back to the log-in page, or away from it when signed in.
    "account_confirm_login_code": (lambda w: "/en/accounts/login/code/confirm/", signed_in(302, visitor=LOGIN)),
    "account_confirm_email": (lambda w: "/en/accounts/confirm-email/not-a-key/", PUBLIC),
    "account_reset_password": (lambda w: "/en/accounts/password/reset/", PUBLIC),
    "account_reset_password_done": (lambda w: "/en/accounts/password/reset/done/", PUBLIC),
    "account_reset_password_from_key": (lambda w: "/en/accounts/password/reset/key/1-not-a-key/", PUBLIC),
    "account_reset_password_from_key_done": (lambda w: "/en/accounts/password/reset/key/done/", PUBLIC),
    "search_autocomplete": (lambda w: "/en/search/autocomplete/?q=less", PUBLIC),
    "certificate_verify_form": (lambda w: "/en/certificates/verify/?code=not-a-code", PUBLIC),
    # Public by design: whoever holds the code may check it (and sees the holder's name, see DISCLOSED).
    "certificate_verify": (lambda w: f"/en/certificates/verify/{w.certificate.formatted_code}/", PUBLIC),
    "certificate_detail": (lambda w: f"/en/certificates/{w.certificate.formatted_code}/", CERTIFICATE_OWNER),
    "certificate_pdf": (lambda w: f"/en/certificates/{w.certificate.formatted_code}/pdf/fr/", CERTIFICATE_OWNER),
    # Everyone rates for themselves; "after" opens only once the course is completed (A has).
    "self_evaluation": (
        lambda w: f"/en/my-learning/self-evaluation/{w.course.course.translation_key}/after/",
        {**signed_in(NOT_FOUND, visitor=LOGIN), "trainee_a": 200},
    ),
}

# What a public page shows of trainee A on purpose: the verification page names the holder.
DISCLOSED = {"certificate_verify": {"Ana Secretname"}}

# Pages served by Wagtail's catch-all beyond the lesson of "wagtail_serve": the library with
# filters and the feedback survey (its answers are A's own).
PAGE_URL_RULES = {
    "case studies, filtered": (
        lambda w: f"{w.case_studies.index.url}?country=fr&technology=video-analytics&sort=title",
        PUBLIC,
    ),
    "resources, filtered": (lambda w: f"{w.resources.index.url}?domain=cpted&page=1", PUBLIC),
    "a case study": (lambda w: w.case_studies.nice.url, PUBLIC),
    "feedback survey": (lambda w: w.survey.url, PRIVATE),
}

# Sub-routes of routable page types ("app.Model:route name").
PAGE_RULES = {
    "training.QuizPage:index_route": (lambda w: w.course.quiz.url, PUBLIC),
    "training.QuizPage:quiz_form": (lambda w: w.course.quiz.url, PUBLIC),
    # Trainee A's result is A's alone: staff read results through the reports, not the page.
    "training.QuizPage:quiz_result": (
        lambda w: f"{w.course.quiz.url}result/{w.attempt.token}/",
        {**everyone(NOT_FOUND), "trainee_a": 200},
    ),
}

# Admin routes that anyone may open (log-in, password reset, the admin's JavaScript catalog …).
PUBLIC_ADMIN_ROUTES = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the admin's icon sprite
    "admin/test404/",
    "admin/^.*/$",
}

# Admin pages with an expectation per staff role (the rest of the admin: see test_admin_is_closed_…).
ADMIN_RULES = {
    "dashboard": (lambda w: "/admin/", {**dict.fromkeys(STAFF, 200)}),
    "users": (lambda w: "/admin/users/", {**dict.fromkeys(STAFF, DENIED), "administrator": 200}),
    "groups": (lambda w: "/admin/groups/", {**dict.fromkeys(STAFF, DENIED), "administrator": 200}),
    "edit English home": (
        lambda w: f"/admin/pages/{w.home.pk}/edit/",
        {"translator": DENIED, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    "edit French home": (
        lambda w: f"/admin/pages/{w.home_fr.pk}/edit/",
        {"translator": 200, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    # A translator into French edits the French tree only: not the German one (here an alias of the
    # English home, as on a site before its German translation), nor a snippet of any language.
    "edit German home": (
        lambda w: f"/admin/pages/{w.home_de.pk}/edit/",
        {"translator": DENIED, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    "add a page below the French home": (
        lambda w: f"/admin/pages/add/home/standardpage/{w.home_fr.pk}/",
        {"translator": 200, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    "edit an English taxonomy term": (
        lambda w: f"/admin/snippets/portal/spacetype/edit/{w.case_studies.terms.square.pk}/",
        {"translator": DENIED, "editor": DENIED, "coordinator": DENIED, "administrator": 200},
    ),
    "edit a lesson": (
        lambda w: f"/admin/pages/{w.course.lessons[0].pk}/edit/",
        {"translator": DENIED, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    "settings": (
        lambda w: "/admin/sites/",
        {**dict.fromkeys(STAFF, DENIED), "administrator": 200},
    ),
    # Reports (DESIGN.md: editors see aggregates; trainee-level data, such as A's free-text
    # feedback, only the coordinator and the administrator: the leak check proves it for editors).
    **{
        f"training report {name}": (
            lambda w, name=name: f"/admin/reports/training/{name}/",
            {"translator": DENIED, "editor": 200, "coordinator": 200, "administrator": 200},
        )
        for name in ("courses", "drop-off", "quizzes", "items", "feedback")
    },
    "search report": (
        lambda w: "/admin/reports/search-terms/",
        {**dict.fromkeys(STAFF, DENIED), "administrator": 200},
    ),
    "translation status": (lambda w: "/admin/translation-workflow/status/", dict.fromkeys(STAFF, 200)),
    # Each sees what waits in their own languages (localization/tests/test_inbox.py): no trainee data.
    "translation inbox": (lambda w: "/admin/translation-workflow/inbox/", dict.fromkeys(STAFF, 200)),
    "machine-translate the English home": (
        lambda w: f"/admin/translation-workflow/machine-translate/{w.home.pk}/",
        {"translator": DENIED, "editor": 200, "coordinator": 200, "administrator": 200},
    ),
    # The translation memory: every staff role reads it and downloads TMX (translators through their
    # group, editors through Editors); importing is for editors (localization/tests/test_tmx.py).
    "translation memory": (lambda w: "/admin/translation-workflow/memory/", dict.fromkeys(STAFF, 200)),
    "translation memory as TMX": (lambda w: "/admin/translation-workflow/memory/fr.tmx", dict.fromkeys(STAFF, 200)),
    # Sending a batch is an editor's step; with no batch under way the page leads back to the report.
    "translation batch progress": (
        lambda w: "/admin/translation-workflow/status/sending/",
        {"translator": DENIED, "editor": 302, "coordinator": 302, "administrator": 302},
    ),
    "send a translation batch (GET)": (
        lambda w: "/admin/translation-workflow/status/send/",
        {"translator": 302, "editor": 302, "coordinator": 302, "administrator": 302},
    ),
    "certificates": (
        lambda w: "/admin/certificates/",
        {"translator": DENIED, "editor": DENIED, "coordinator": 200, "administrator": 200},
    ),
    "revoke A's certificate": (
        lambda w: f"/admin/certificates/{w.certificate.pk}/revoke/",
        {"translator": DENIED, "editor": DENIED, "coordinator": 200, "administrator": 200},
    ),
}


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    course = build_course(competences=["I can walk a site and name its vulnerabilities."])
    survey = add_feedback_survey(course.course)
    home = course.site.home
    home_fr = home.get_translation(Locale.objects.get(language_code="fr"))
    home_de = home.get_translation(Locale.objects.get(language_code="de"))
    users = {}
    users["trainee_a"] = make_trainee(email="ana.secret@example.org", name="Ana Secretname", organisation="Grad Zagreb")
    users["trainee_b"] = make_trainee(email="ben@example.org", name="Ben Other")
    staff_groups = {
        # Created with the French locale and given the French tree when its home page appeared.
        "translator": [group_name("fr")],
        "editor": ["Editors"],
        "coordinator": ["Editors", "Training coordinators"],
    }
    for role, groups in staff_groups.items():
        user = make_trainee(email=f"{role}@example.org", name=role.title())
        user.groups.set(Group.objects.filter(name__in=groups))
        users[role] = user
    users["administrator"] = get_user_model().objects.create_superuser("root", "root@example.org", "pw")

    client = Client()
    client.force_login(users["trainee_a"])
    complete_course(client, course)
    assert client.post(survey.url, {"useful": "Yes", "comments": "Ana's secret remark"}).status_code == 200
    attempt = QuizAttempt.objects.get(user=users["trainee_a"])
    certificate = Certificate.objects.get(user=users["trainee_a"])

    document = get_document_model().objects.create(
        title="Public guide",
        file=ContentFile(b"%PDF-1.4 public guide", name="guide.pdf"),
        collection=Collection.get_first_root_node(),
    )
    secrets = [
        "ana.secret@example.org",
        "Ana Secretname",
        "Grad Zagreb",
        str(attempt.token),
        certificate.code,
        certificate.formatted_code,
        "Ana&#x27;s secret remark",
        "Ana's secret remark",
    ]
    return SimpleNamespace(
        course=course,
        home=home,
        home_fr=home_fr,
        home_de=home_de,
        users=users,
        attempt=attempt,
        certificate=certificate,
        survey=survey,
        case_studies=build_case_studies(home, translate_into=()),
        resources=build_resources(home, translate_into=()),
        document=document,
        secrets=secrets,
    )


def client_for(world, role):
    """A client signed in as ``role`` (or not, for the visitor)."""
    client = Client()
    if role != "visitor":
        client.force_login(world.users[role])
    return client


def mismatch(response, expected):
    """Why ``response`` breaks the expectation, or None."""
    status, location = response.status_code, response.get("Location", "")
    if status >= 500:
        return "server error"
    if expected == LOGIN:
        ok = status == 302 and "/accounts/login/" in location
    elif expected == ADMIN_LOGIN:
        ok = status == 302 and location.startswith("/admin/login/")
    elif expected == DENIED:
        # Wagtail sends a signed-in person without the permission to the dashboard or the log-in page.
        ok = status in {403, 404} or (status == 302 and (location.startswith("/admin/login/") or location == "/admin/"))
    elif expected == NOT_FOUND:
        # LocaleMiddleware first offers the language-prefixed path of an unknown unprefixed one.
        ok = status == 404 or (status == 302 and location == f"/en{response.request['PATH_INFO']}" + _query(response))
    else:
        ok = status == expected
    return None if ok else f"expected {expected}, got {status} {location}".strip()


def _query(response):
    query = response.request.get("QUERY_STRING", "")
    return f"?{query}" if query else ""


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def leaks(world, role, response, url, disclosed=()):
    if role not in MUST_NOT_SEE_A:
        return []
    text = body(response)
    # A page may repeat its own address (a 404 names it): that is no leak.
    return [secret for secret in world.secrets if secret in text and secret not in url and secret not in disclosed]


def test_every_route_has_a_rule():
    keys = {route.key for route in all_routes() if not route.pattern.startswith("admin/")}
    assert keys - RULES.keys() == set(), "routes without a rule in the authorisation matrix"
    assert RULES.keys() - keys == set(), "rules for routes that no longer exist"
    assert set(page_subroutes()) == PAGE_RULES.keys(), "routable page sub-routes without a rule"
    for _build_url, expectations in [*RULES.values(), *PAGE_RULES.values(), *PAGE_URL_RULES.values()]:
        assert set(expectations) == set(ROLES), "a rule names every role"


def test_every_role_gets_what_its_rule_says_and_nobody_sees_another_trainee_s_data(world):
    # One world for the whole matrix: building a course takes seconds, the requests milliseconds.
    clients = {role: client_for(world, role) for role in ROLES}
    problems = []

    def visit(role, url, expected, disclosed=()):
        response = clients[role].get(url)
        why = mismatch(response, expected)
        if why:
            problems.append(f"{role} GET {url}: {why}")
        for secret in leaks(world, role, response, url, disclosed):
            problems.append(f"{role} GET {url}: shows trainee A's {secret!r}")

    for key, (build_url, expectations) in {**RULES, **PAGE_RULES, **PAGE_URL_RULES}.items():
        for role in ROLES:
            visit(role, build_url(world), expectations[role], DISCLOSED.get(key, ()))

    for _name, (build_url, expectations) in ADMIN_RULES.items():
        for role in ROLES:
            visit(role, build_url(world), expectations.get(role, ADMIN_LOGIN if role == "visitor" else DENIED))

    # Every admin route (placeholder arguments) turns away visitors and trainees.
    admin_routes = [route for route in all_routes() if route.pattern.startswith("admin/")]
    assert len(admin_routes) > 100  # the resolver really listed Wagtail's admin
    for route in admin_routes:
        url = route.example_url()
        for role in ("visitor", "trainee_a"):
            if route.key in PUBLIC_ADMIN_ROUTES:
                response = clients[role].get(url)
                if response.status_code >= 500:
                    problems.append(f"{role} GET {url}: server error")
                continue
            visit(role, url, ADMIN_LOGIN if role == "visitor" else DENIED)

    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_trainee_data_pages_show_their_owner_only(world):
    """Positive control for the leak check: A's own pages do carry A's secrets; B's export holds none."""
    a = client_for(world, "trainee_a")
    export = a.get("/en/accounts/data/").text
    # JSON holds the formatted code and the unescaped remark; HTML pages hold the other forms.
    for secret in set(world.secrets) - {world.certificate.code, "Ana&#x27;s secret remark"}:
        assert secret in export
    assert "ana.secret@example.org" in a.get("/en/accounts/profile/").text
    assert a.get(f"{world.course.quiz.url}result/{world.attempt.token}/").status_code == 200
    assert world.certificate.formatted_code in a.get(f"/en/certificates/{world.certificate.formatted_code}/").text
    pdf = a.get(f"/en/certificates/{world.certificate.formatted_code}/pdf/en/")
    assert pdf["Content-Type"] == "application/pdf"
    coordinator = client_for(world, "coordinator")
    # One respondent is below the reports' privacy threshold: lower it to see the text at all.
    with override_settings(REPORTS_MIN_GROUP_SIZE=1):
        assert "Ana&#x27;s secret remark" in coordinator.get("/admin/reports/training/feedback/").text
    assert "Ana Secretname" in coordinator.get("/admin/certificates/").text

    exported = client_for(world, "trainee_b").get("/en/accounts/data/").json()
    assert exported["quiz_attempts"] == []
    assert exported["account"]["email"] == "ben@example.org"
