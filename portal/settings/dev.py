"""Local development: `make run`. SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") not in {"0", "false", "False"}
# Edits show at once while developing; set it to try the anonymous page cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"

# Without a translation service configured, editors can still try the workflow offline.
if not MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting("test")

# The demo's Greek goes through review (reviewer.el), so `make run` shows the whole workflow.
TRANSLATION_REVIEW_LANGUAGES = target_language_codes("TRANSLATION_REVIEW_LANGUAGES", "el")

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
