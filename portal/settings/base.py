"""Settings shared by every environment. Configuration comes from the environment only."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The one place where Agora's languages are declared. The first entry is the source
# language. Adding a language: add an entry here and a catalog under locale/.
AGORA_LANGUAGES = [
    {
        "code": "en",
        "name": "English",
        "english_name": "English",
        "search_config": "english",
        "es_analyzer": "english",
        "font": "Noto Sans",
    },
    {
        "code": "fr",
        "name": "Français",
        "english_name": "French",
        "search_config": "french",
        "es_analyzer": "french",
        "font": "Noto Sans",
    },
    {
        "code": "de",
        "name": "Deutsch",
        "english_name": "German",
        "search_config": "german",
        "es_analyzer": "german",
        "font": "Noto Sans",
    },
    {
        "code": "it",
        "name": "Italiano",
        "english_name": "Italian",
        "search_config": "italian",
        "es_analyzer": "italian",
        "font": "Noto Sans",
    },
    {
        "code": "es",
        "name": "Español",
        "english_name": "Spanish",
        "search_config": "spanish",
        "es_analyzer": "spanish",
        "font": "Noto Sans",
    },
    {
        "code": "nl",
        "name": "Nederlands",
        "english_name": "Dutch",
        "search_config": "dutch",
        "es_analyzer": "dutch",
        "font": "Noto Sans",
    },
    {
        "code": "lv",
        "name": "Latviešu",
        "english_name": "Latvian",
        "search_config": "simple",
        "es_analyzer": "latvian",
        "font": "Noto Sans",
    },
    {
        "code": "el",
        "name": "Ελληνικά",
        "english_name": "Greek",
        "search_config": "greek",
        "es_analyzer": "greek",
        "font": "Noto Sans",
    },
]

LANGUAGE_CODE = AGORA_LANGUAGES[0]["code"]
LANGUAGES = [(entry["code"], entry["name"]) for entry in AGORA_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True


def target_language_codes(name, default=""):
    """Language codes read from a comma-separated variable; each must be one of Agora's target languages."""
    codes = env_list(name, default)
    targets = [entry["code"] for entry in AGORA_LANGUAGES[1:]]
    if unknown := [code for code in codes if code not in targets]:
        raise ImproperlyConfigured(f"{name}: {', '.join(unknown)} not among {', '.join(targets)}")
    return codes


# Languages whose translations a reviewer approves before they are published (docs/translation.md).
TRANSLATION_REVIEW_LANGUAGES = target_language_codes("TRANSLATION_REVIEW_LANGUAGES")
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
# Agora's own catalogs first; then locale-upstream/, which completes and corrects the strings of
# wagtail-localize's admin in every language (docs/translation.md, "Interface catalogs").
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-upstream"]

INSTALLED_APPS = [
    "home",
    "accounts",
    "allauth",
    "allauth.account",
    "django_countries",
    "search",
    "training",
    "localization",
    "casestudies",
    "resources",
    "reports",
    "portal",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.sites.RememberedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that a cached page still gets every header above on its way out.
    "portal.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the database is down, so visitors get a 503 within seconds.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 2
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2},
        }
    }

# Anonymous visitors' public pages, whole (portal/page_cache.py, docs/performance.md). Without
# Redis each worker keeps its own copy, so a publish reaches other workers within this TTL.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "120"))
PAGE_CACHE_ALIAS = "pages"
# How long a worker may keep the site found for a host (portal/sites.py); 0: look up each time.
SITE_CACHE_SECONDS = int(os.environ.get("SITE_CACHE_SECONDS", "60"))
CACHES[PAGE_CACHE_ALIAS] = (
    {**CACHES["default"], "KEY_PREFIX": "pages"}
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
)

# Rate limits must hold across gunicorn workers: Redis when there is one, else the database.
RATE_LIMIT_CACHE_TABLE = "agora_rate_limits"
CACHES["ratelimit"] = (
    {**CACHES["default"], "KEY_PREFIX": "ratelimit"}
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": RATE_LIMIT_CACHE_TABLE}
)
# Certificate look-ups per client IP, so that codes cannot be enumerated ("count/s|m|h|d").
CERTIFICATE_VERIFY_RATE = os.environ.get("CERTIFICATE_VERIFY_RATE", "30/m")

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Trainee accounts (django-allauth): log in by email, verified before first log-in. docs/accounts.md
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupProfileForm"
ACCOUNT_ADAPTER = "accounts.adapter.AgoraAccountAdapter"
ACCOUNT_USER_DISPLAY = "accounts.models.display_name"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Agora] "
# Rate limits (allauth keeps the counters in the "default" cache: production needs REDIS_URL so
# they hold across workers; `check --deploy` warns otherwise). docs/security.md
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "confirm_email": "1/180s/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_learning"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Django's, with a message Django 5.2 leaves untranslated in Italian, Dutch and Greek.
    {"NAME": "accounts.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

WAGTAIL_SITE_NAME = "Agora"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is a download (attachment), served with "default-src 'none'" and nosniff,
# and only office and text formats can be uploaded: an HTML or SVG file never runs on our origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "epub", "odp", "ods", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX", "agora") + "_",
            "TIMEOUT": 5,
        }
    }
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar from a third party: the admin's CSP allows images from 'self' only, and an editor's
# e-mail hash is nobody else's business. Wagtail then shows its own default avatar (or an uploaded one).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Agora <noreply@agora.localhost>")

# Content Security Policy: nothing from a third party, no inline script.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The Wagtail admin writes inline scripts and styles: it gets its own, looser policy.
ADMIN_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'"
)
# Public pages may not be framed; the admin may frame itself (live preview), see SecurityHeadersMiddleware.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# New translations stay drafts until a translator publishes them (docs/translation.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation for editors (wagtail-localize): MACHINE_TRANSLATOR=deepl|libretranslate|test,
# or unset for none. See docs/translation.md.
MACHINE_TRANSLATORS = {
    "deepl": lambda: {
        "CLASS": "localization.machine_translators.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ.get("DEEPL_API_KEY", ""),
            "API_URL": os.environ.get("DEEPL_API_URL", ""),
            "FORMALITY": "prefer_more",
            "TIMEOUT": 30,
        },
    },
    "libretranslate": lambda: {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ.get("LIBRETRANSLATE_URL", "").rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": 30,
        },
    },
    "test": lambda: {"CLASS": "localization.machine_translators.DeterministicTranslator"},
}
MACHINE_TRANSLATOR = os.environ.get("MACHINE_TRANSLATOR", "").strip().lower()
if MACHINE_TRANSLATOR and MACHINE_TRANSLATOR not in MACHINE_TRANSLATORS:
    raise ImproperlyConfigured(f"MACHINE_TRANSLATOR must be one of {', '.join(MACHINE_TRANSLATORS)}, or unset")


def machine_translator_setting(name):
    """ "Translate with …" asks the translation memory first, then the machine ``name``, if any (docs/translation.md)."""
    return {
        "CLASS": "localization.machine_translators.MemoryThenMachine",
        "OPTIONS": {"THEN": MACHINE_TRANSLATORS[name]() if name else None},
    }


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(MACHINE_TRANSLATOR)
# Training reports hide every group of trainees smaller than this (docs/reports.md).
REPORTS_MIN_GROUP_SIZE = int(os.environ.get("REPORTS_MIN_GROUP_SIZE", "5"))
