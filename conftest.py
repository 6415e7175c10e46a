from django.conf import settings
from django.core.cache import caches
from django.utils import translation

import pytest

pytest_plugins = ["tests.pytest_phases"]


@pytest.fixture(autouse=True)
def _source_language_active():
    """Every test starts in the source language: a test that activated another one (or a
    request's middleware left it active in this thread) must not change what the next
    test's reverse() and gettext return."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_caches():
    """Wagtail caches site roots and the sitemap; every test starts from a clean cache.

    The content-type cache is left alone on purpose: transactional tests restore the
    content types with their original ids (serialized rollback), and an empty cache
    would make signal handlers create them again during the restore.
    """
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site_tree(db):
    from home.tests.factories import build_site_tree

    return build_site_tree()


@pytest.fixture
def course(db):
    from training.tests.factories import build_course

    return build_course()


def make_trainee(django_user_model, username):
    """A user who signed up and confirmed their email address, as allauth requires to log in."""
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(username=username, email=f"{username}@example.org", password="pw")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def trainee(db, django_user_model):
    return make_trainee(django_user_model, "trainee")


@pytest.fixture
def other_trainee(db, django_user_model):
    return make_trainee(django_user_model, "other")
