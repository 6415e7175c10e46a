import os

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from portal.api import api_router
from portal.sitemaps import sitemap
from portal.views import bench_floor, healthz, robots_txt
from search import views as search_views
from training import self_evaluation as training_self_evaluation
from training import views as training_views

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
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("my-learning/", training_views.my_learning, name="my_learning"),
    path(
        "my-learning/self-evaluation/<uuid:course_key>/<str:stage>/",
        training_self_evaluation.self_evaluation,
        name="self_evaluation",
    ),
    path("certificates/", include("training.urls")),
    path("accounts/profile/", account_views.profile, name="account_profile"),
    path("accounts/data/", account_views.export_data, name="account_data_export"),
    path("accounts/delete/", account_views.delete_account_view, name="account_delete"),
    path("accounts/", include("allauth.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"
