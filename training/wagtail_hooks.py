"""Admin: learning paths as translatable snippets, changed per language; certificate revocation for those allowed to."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from portal.snippet_permissions import LocaleSnippetViewSet
from training import admin_views
from training.models import LearningPath


class LearningPathViewSet(LocaleSnippetViewSet):
    model = LearningPath
    icon = "list-ol"
    menu_label = _("Learning paths")
    list_display = ["title", "staff_profile"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(LearningPathViewSet)


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REVOKE_PERMISSION)


certificate_urls = [
    path("", admin_views.certificate_list, name="list"),
    path("<int:certificate_id>/revoke/", admin_views.certificate_revoke, name="revoke"),
]


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [path("certificates/", include((certificate_urls, "training_certificates")))]


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"), reverse("training_certificates:list"), name="certificates", icon_name="tick", order=320
    )


@hooks.register("register_permissions")
def register_revoke_permission():
    """Lets administrators give groups (e.g. training coordinators) the rights to revoke and to download any."""
    return Permission.objects.filter(
        content_type__app_label="training", codename__in=["revoke_certificate", "view_certificate"]
    )
