from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import REPORT_PERMISSION, SearchReportView
from .models import Promotion


class PromotionViewSet(SnippetViewSet):
    model = Promotion
    icon = "pick"
    menu_label = _("Search promotions")
    add_to_admin_menu = False
    list_display = ["query", "locale", "page", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["query"]


register_snippet(PromotionViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-terms/", SearchReportView.as_view(), name="agora_search_report"),
        path(
            "reports/search-terms/results/",
            SearchReportView.as_view(results_only=True),
            name="agora_search_report_results",
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Search terms"), reverse("agora_search_report"), icon_name="search", order=900)
