from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports import urls
from reports.views import TRAINING_REPORTS
from reports.views.base import VIEW_REPORTS


class TrainingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_REPORTS)


@hooks.register("register_admin_urls")
def register_training_report_urls():
    return [path("reports/training/", include(urls, namespace="agora_reports"))]


def _menu_hook(view, order):
    def hook():
        return TrainingReportMenuItem(
            view.page_title, reverse(f"agora_reports:{view.slug}"), icon_name="table", order=1000 + order
        )

    return hook


for _order, _view in enumerate(TRAINING_REPORTS):
    hooks.register("register_reports_menu_item", _menu_hook(_view, _order))
