import pytest


@pytest.fixture(autouse=True)
def _index_on_save(settings):
    """Search tests need the index kept in sync as pages are saved, as in production."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": True}}
