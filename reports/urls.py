"""Admin URLs of the training reports (mounted under /admin/reports/training/ by wagtail_hooks)."""

from django.urls import path

from reports.views import TRAINING_REPORTS

app_name = "agora_reports"

urlpatterns = []
for _view in TRAINING_REPORTS:
    urlpatterns += [
        path(f"{_view.slug}/", _view.as_view(), name=_view.slug),
        path(f"{_view.slug}/results/", _view.as_view(results_only=True), name=f"{_view.slug}_results"),
    ]
