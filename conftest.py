from django.core.cache import caches

import pytest


@pytest.fixture(autouse=True)
def _clear_caches():
    """Wagtail caches site roots and the sitemap; every test starts from a clean cache.

    Content types are cached by id, and a transactional test's flush recreates them.
    """
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site_tree(db):
    from home.tests.factories import build_site_tree

    return build_site_tree()
