"""The harness of tests/test_fuzz.py: a Hypothesis Django test case whose examples each send one
request through the whole middleware stack and check that it did no harm.

Per example, only what the example changes is redone: the course, the trainee and their session
are made once per class, and everything that production keeps between requests is kept between
examples (the middleware chain, the site remembered for the host, the menu and footer built from
the page tree). docs/testing.md, "Time", gives the figures.
"""

import functools
import os
from http.cookies import SimpleCookie

from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.db import connection, connections
from django.template.base import Template
from django.test import Client, RequestFactory, override_settings

from wagtail.models import Site

from hypothesis.extra.django import TestCase

from accounts.models import Profile
from accounts.personal_data import claimed_models
from accounts.tests.factories import make_trainee
from portal.ratelimit import CACHE_ALIAS as RATE_LIMIT_CACHE
from portal.sites import remember_site, remembered_site
from training.tests.factories import build_course


@functools.cache
def state_query():
    """One SQL statement for what a rejected request must leave as it was: the row count of every
    personal-data table, the trainee's profile and password (one query instead of ~25 per example)."""
    quote_name = connection.ops.quote_name
    counts = [
        f"(SELECT count(*) FROM {quote_name(apps.get_model(label)._meta.db_table)})"  # noqa: S608 - table names from the models
        for label in sorted(claimed_models())
    ]
    user_table = quote_name(apps.get_model(django_settings.AUTH_USER_MODEL)._meta.db_table)
    profile_table = quote_name(Profile._meta.db_table)
    return (
        f"SELECT {', '.join(counts)}, u.password, u.email, p.name, p.organisation, p.country, p.staff_profile, "  # noqa: S608 - table names from the models
        f"p.preferred_language FROM {user_table} u LEFT JOIN {profile_table} p ON p.user_id = u.id WHERE u.id = %s"
    )


def stored_state(user):
    with connection.cursor() as cursor:
        cursor.execute(state_query(), [user.pk])
        return cursor.fetchone()


def signed_in_session(user):
    """A session for ``user``, stored once for the class: force_login per example cost ~10% of the run."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def render_as_in_production(template, context):
    """django.template.base.Template._render, before the test environment instruments it."""
    return template.nodelist.render(context)


def is_redirect(response):
    return response.status_code == 302


class FuzzBase(TestCase):
    """Each example runs in its own rolled-back transaction (Hypothesis' Django TestCase); the
    course, the trainee and their session are made once per class."""

    @classmethod
    def setUpClass(cls):
        # allauth's rate limits are off (they would turn every later example into a 429), and the
        # menu and footer are kept with the page cache as in production (PAGE_CACHE_SECONDS is 0 in
        # the test settings): built from a page tree that no example changes, they cost a sixth of
        # each example's time and four of its queries, the same ones every time.
        cls.fuzz_settings = override_settings(ACCOUNT_RATE_LIMITS=False, PAGE_CACHE_SECONDS=120)
        cls.fuzz_settings.enable()
        super().setUpClass()
        cls._initial_state = None
        # Each example ends with Django's deferred-constraint check (SET CONSTRAINTS ALL IMMEDIATE on
        # PostgreSQL), then rolls back to its savepoint, which puts back every foreign-key check still
        # pending from setUpTestData: each example re-checked the whole course (6-8 ms of server time,
        # most of PostgreSQL's work). Checked once here, each example checks only what it wrote.
        for alias in cls._databases_names(include_mirrors=False):
            if connections[alias].features.can_defer_constraint_checks:
                connections[alias].check_constraints()
        # One client for the class: a new one loads the whole middleware chain on its first request.
        cls.fuzz_client = Client(raise_request_exception=False)
        cls.site_request = RequestFactory().get("/")
        if os.environ.get("AGORA_FUZZ_INSTRUMENTED") != "1":
            # The test client keeps a copy of the context of every template rendered (Django's instrumented
            # rendering); a form's ~250 option widgets multiply it. These checks read status codes and the
            # database, never contexts: render as production does.
            cls.instrumented_render = Template._render
            Template._render = render_as_in_production

    @classmethod
    def tearDownClass(cls):
        if hasattr(cls, "instrumented_render"):
            Template._render = cls.instrumented_render
        super().tearDownClass()
        cls.fuzz_settings.disable()
        for cache in caches.all():
            cache.clear()

    @classmethod
    def setUpTestData(cls):
        cls.course = build_course(translate_into=(), competences=["I can name a site's weak points.", "I can plan."])
        cls.trainee = make_trainee(email="ana@example.org")
        cls.session_key = signed_in_session(cls.trainee)
        cls.site = Site.find_for_request(RequestFactory().get("/"))

    def _should_check_constraints(self, connection):
        # Django first asks the server whether the connection still works (SELECT 1): a round trip per
        # example for the connection that the example's request has just used.
        return connection.features.can_defer_constraint_checks and not connection.needs_rollback

    def initial_state(self):
        """What the database holds at the start of every example (each example is rolled back)."""
        if getattr(self, "_initial_state", None) is None:
            type(self)._initial_state = stored_state(self.trainee)
        return self._initial_state

    def send(self, method, url, data, who, accepted=is_redirect):
        """Send ``data``; no 500, and nothing stored unless ``accepted(response)`` (a redirect by default)."""
        # Rate limits would turn every later example into a 429: Agora's own counters are
        # emptied before each example and allauth's are off for the class (setUpClass). The
        # other caches stay warm, as in production (clearing them cost a fifth of the run).
        caches[RATE_LIMIT_CACHE].clear()
        # In production the GET requests keep the site remembered (portal/sites.py), and POST requests
        # find it there; here most targets only POST, so each example looked the site up again.
        if remembered_site(self.site_request) is None:
            remember_site(self.site_request, self.site)
        client = self.fuzz_client
        client.cookies = SimpleCookie()
        if who == "trainee":
            client.cookies[django_settings.SESSION_COOKIE_NAME] = self.session_key
        before = self.initial_state()
        response = client.get(url, data) if method == "GET" else client.post(url, data)
        self.assertLess(response.status_code, 500, f"{method} {url} {data!r}")
        if not accepted(response):
            self.assertEqual(stored_state(self.trainee), before, f"{method} {url} {data!r} stored something")
        return response
