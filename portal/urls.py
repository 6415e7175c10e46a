"""The URL contract (docs/architecture.md, DESIGN.md): the kernel's own routes, then each app's URLs
under the language prefix, then Wagtail's pages."""

import os

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_router
from portal.sitemaps import sitemap
from portal.views import bench_floor, healthz, robots_txt

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if os.environ.get("AGORA_BENCH_FLOOR") == "1":  # bench/load.py only: the constant floor view
    urlpatterns.append(path("bench-floor", bench_floor, name="bench_floor"))

urlpatterns += i18n_patterns(
    # Each app owns its URLs; the kernel names them by dotted path and imports no app.
    path("search/", include("search.urls")),
    path("", include("training.urls")),
    path("accounts/", include("accounts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"
