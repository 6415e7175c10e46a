"""Hostile input: Hypothesis throws arbitrary form data at every form and JSON endpoint.

No input may cause a 500, and a rejected request (anything but a redirect after success)
stores nothing. The targets come from the URL resolver and the page types: a route or page
type added later without a strategy here (or a reason to skip it) fails
``test_every_route_and_page_type_is_fuzzed_or_has_no_input``.

Examples per target: ``AGORA_FUZZ_EXAMPLES`` (default and timings: docs/security.md, "Hostile input").
"""

import functools
import os
import uuid
from urllib.parse import quote

from wagtail.models import get_page_models

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from casestudies.tests.factories import build_case_studies
from reports.tests.factories import add_feedback_survey
from resources.tests.factories import build_resources
from tests.fuzzing import FuzzBase
from tests.routes import all_routes
from training.tests.factories import correct_post

# Run on PostgreSQL and, by scripts/test.sh, on the quick start's SQLite.
pytestmark = pytest.mark.both_backends

EXAMPLES = int(os.environ.get("AGORA_FUZZ_EXAMPLES", "1000"))  # the thousand; docs/security.md, "Hostile input"
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    # No shrinking: with a real request per example, Hypothesis' shrinker may spend its five-minute
    # budget (MAX_SHRINKING_SECONDS) on one failure. The failing input is reported as found.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "99999999999999999999999",
    "\x00",
    "nul\x00inside",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "../../etc/passwd",
    "a" * 5000,
    "ä" * 300,
    "\ud7ff\ue000",
    "true",
    "complete",
    "00000000-0000-0000-0000-000000000000",
    "ana@example.org",
    "x@y",
    "@",
]
# What readers type that a search engine may read as syntax (search/query.py; FTS5 above all):
# put together in any order, so quotes come balanced and not, next to words or alone.
SEARCH_SYNTAX = [
    '"', '""', '"crisis communication"', '"unclosed', "NEAR(", "NEAR(a b, 2)", "AND", "OR", "NOT", "or",
    "*", "a*", "^", "^a", ":", "title:", "-", "-a", '-"a b"', "--", "(", ")", "()", "{", "}", "+", "\x00",
    "\\", "'", "a" * 2000, "🚨", "📹👮", "Καμερες", "камеры", "نص", "中文", "l'évaluation", "e-mail",
]  # fmt: skip
SEARCH_QUERIES = st.lists(st.one_of(st.sampled_from(SEARCH_SYNTAX), st.text(max_size=15)), min_size=1, max_size=8).map(
    " ".join
)
VALUES = st.one_of(
    st.sampled_from(NASTY),
    SEARCH_QUERIES,
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=40)), min_size=2, max_size=4),
)


def form_data(fields):
    """Any subset of the form's own fields with hostile values, plus a few fields it never asked for."""
    known = st.fixed_dictionaries({}, optional=dict.fromkeys(fields, VALUES))
    extra = st.dictionaries(st.text(min_size=1, max_size=20), VALUES, max_size=3)
    return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})


def query_data(fields):
    return form_data(fields).map(lambda data: {key: value for key, value in data.items() if "\x00" not in key})


# route key → (method, fields, who sends it). "POST" fuzzes the body, "GET" the query string.
ROUTE_TARGETS = {
    "account_login": ("POST", ["login", "password", "remember", "next"], "visitor"),
    "account_signup": (
        "POST",
        ["email", "name", "organisation", "country", "staff_profile", "password1", "password2", "next"],
        "visitor",
    ),
    "account_reset_password": ("POST", ["email"], "visitor"),
    "account_reset_password_from_key": ("POST", ["password1", "password2"], "visitor"),
    "account_confirm_email": ("POST", ["key"], "visitor"),
    "account_confirm_login_code": ("POST", ["code"], "visitor"),
    "account_logout": ("POST", ["next"], "trainee"),
    "account_profile": ("POST", ["name", "organisation", "country", "staff_profile", "preferred_language"], "trainee"),
    "account_delete": ("POST", ["password"], "trainee"),
    "account_email": ("POST", ["email", "action_add", "action_send", "action_remove", "action_primary"], "trainee"),
    "account_change_password": ("POST", ["oldpassword", "password1", "password2"], "trainee"),
    "account_set_password": ("POST", ["password1", "password2"], "trainee"),
    "account_reauthenticate": ("POST", ["password", "next"], "trainee"),
    "search": ("GET", ["q", "page", "domain", "locale"], "visitor"),
    "search_autocomplete": ("GET", ["q", "locale"], "visitor"),
    "certificate_verify_form": ("GET", ["code"], "visitor"),
    "wagtailcore_login": ("POST", ["username", "password", "next"], "visitor"),
    "wagtailcore_authenticate_with_password": ("POST", ["password", "return_url"], "visitor"),
    "wagtaildocs_authenticate_with_password": ("POST", ["password", "return_url"], "visitor"),
    "wagtailapi:pages:listing": (
        "GET",
        [
            "type",
            "fields",
            "order",
            "limit",
            "offset",
            "search",
            "search_operator",
            "locale",
            "child_of",
            "descendant_of",
        ],
        "visitor",
    ),
    "wagtailapi:pages:find": ("GET", ["html_path", "id"], "visitor"),
    "wagtailapi:images:listing": ("GET", ["fields", "order", "limit", "offset", "search"], "visitor"),
    "wagtailapi:documents:listing": ("GET", ["fields", "order", "limit", "offset", "search"], "visitor"),
}
# Routes that read no input beyond their path (their path arguments are covered by the matrix test).
NO_INPUT_ROUTES = {
    "healthz",
    "sitemap",
    "robots_txt",
    "my_learning",
    "account_data_export",
    "account_inactive",
    "account_email_verification_sent",
    "account_reset_password_done",
    "account_reset_password_from_key_done",
    "wagtaildocs_serve",
    "wagtail_serve",  # pages: see PAGE_TARGETS
    "wagtailapi:pages:detail",
    "wagtailapi:images:detail",
    "wagtailapi:images:find",
    "wagtailapi:documents:detail",
    "wagtailapi:documents:find",
    "certificate_verify",  # its path: test_fuzz_certificate_code_in_the_path
    "certificate_detail",  # the same code parsing; owner-only (matrix)
    "certificate_pdf",
    "self_evaluation",  # its form: test_fuzz_self_evaluation
}
# Page types that take a POST, and those that take none.
PAGE_TARGETS = {
    "training.QuizPage",
    "training.LessonPage",
    "reports.CourseFeedbackPage",
    "casestudies.CaseStudyIndexPage",  # filters in the query string
    "resources.ResourceIndexPage",
}
PAGES_WITHOUT_FORMS = {
    "wagtailcore.Page",
    "home.HomePage",
    "home.StandardPage",
    "training.TrainingIndexPage",
    "training.CoursePage",
    "training.ModulePage",
    "casestudies.CaseStudyPage",
    "resources.ResourcePage",
}
LIBRARY_PARAMETERS = ["country", "domain", "technology", "space", "type", "year", "sort", "page"]


def test_every_route_and_page_type_is_fuzzed_or_has_no_input():
    keys = {route.key for route in all_routes() if not route.pattern.startswith("admin/")}
    assert keys - ROUTE_TARGETS.keys() - NO_INPUT_ROUTES == set(), "routes with neither a fuzz strategy nor a reason"
    assert (ROUTE_TARGETS.keys() | NO_INPUT_ROUTES) - keys == set(), "strategies for routes that no longer exist"
    page_types = {model._meta.label for model in get_page_models()}
    assert page_types == PAGE_TARGETS | PAGES_WITHOUT_FORMS, "page types with neither a fuzz strategy nor a reason"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/search/?q=a%00b", 200),
        ("/en/search/autocomplete/?q=le%00sson", 200),
        ("/api/v2/pages/?search=%00", 400),
        ("/api/v2/pages/find/?html_path=/en/%00/", 400),
    ],
)
def test_a_nul_character_in_a_search_is_no_server_error(client, site_tree, url, expected):
    # Found by the fuzzer: PostgreSQL text cannot hold NUL, and the query reached the database.
    assert client.get(url).status_code == expected


@functools.cache
def route_url(key):
    route = next(route for route in all_routes() if route.key == key)
    return route.example_url()


def make_route_test(key, method, fields, who):
    @FUZZ
    @given(data=query_data(fields) if method == "GET" else form_data(fields))
    def test(self, data):
        self.send(method, route_url(key), data, who)

    test.__name__ = f"test_fuzz_{key.replace(':', '_')}"
    return test


def quiz_posts(quiz):
    """Random forms, and real answer forms with hostile values put in."""
    honest = correct_post(quiz, uuid.uuid4())
    fields = list(honest)

    def mutate(changes):
        data = dict(honest)
        data.update(changes)
        return data

    return st.one_of(form_data(fields), form_data(fields).map(mutate))


class FuzzTestCase(FuzzBase):
    """Every target in one class: the course, the library and the survey are built once (~10 s)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.survey = add_feedback_survey(cls.course.course)
        cls.case_studies = build_case_studies(cls.course.site.home, translate_into=())
        cls.resources = build_resources(cls.course.site.home, translate_into=())

    @FUZZ
    @given(data=st.data())
    def test_fuzz_quiz_submission(self, data):
        quiz = self.course.quiz
        post = data.draw(quiz_posts(quiz))
        who = data.draw(st.sampled_from(["visitor", "trainee"]))
        self.send("POST", quiz.url, post, who)

    @FUZZ
    @given(data=form_data(["action"]), who=st.sampled_from(["visitor", "trainee"]))
    def test_fuzz_lesson_completion(self, data, who):
        self.send("POST", self.course.lessons[0].url, data, who)

    @FUZZ
    @given(data=st.data())
    def test_fuzz_self_evaluation(self, data):
        honest = {f"c-{statement.id}": "3" for statement in self.course.course.competences}
        post = data.draw(st.one_of(form_data(list(honest)), form_data(list(honest)).map(lambda d: {**honest, **d})))
        stage = data.draw(st.sampled_from(["before", "after", "x"]))
        url = f"/en/my-learning/self-evaluation/{self.course.course.translation_key}/{stage}/"
        self.send("POST", url, post, "trainee")

    @FUZZ
    @given(code=st.one_of(st.sampled_from(NASTY), st.text(max_size=120)))
    def test_fuzz_certificate_code_in_the_path(self, code):
        # Certificate codes come from paper: anything may be typed into the address.
        path = quote(code.replace("\x00", ""), safe="")
        if path:
            self.send("GET", f"/en/certificates/verify/{path}/", {}, "visitor")

    @FUZZ
    @given(data=st.data())
    def test_fuzz_feedback_survey(self, data):
        honest = {"useful": "Yes", "comments": "Good."}
        post = data.draw(st.one_of(form_data(list(honest)), form_data(list(honest)).map(lambda d: {**honest, **d})))
        who = data.draw(st.sampled_from(["visitor", "trainee"]))
        landing = self.survey.landing_page_template

        def thanked(response):
            # Wagtail's form pages answer an accepted form with the thank-you page (200), not a redirect.
            return getattr(response, "template_name", None) == landing

        self.send("POST", self.survey.url, post, who, accepted=thanked)

    @FUZZ
    @given(data=query_data(LIBRARY_PARAMETERS), index=st.sampled_from(["case_studies", "resources"]))
    def test_fuzz_library_filters(self, data, index):
        self.send("GET", getattr(self, index).index.url, data, "visitor")


for _key, (_method, _fields, _who) in ROUTE_TARGETS.items():
    _test = make_route_test(_key, _method, _fields, _who)
    setattr(FuzzTestCase, _test.__name__, _test)
