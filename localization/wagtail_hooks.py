from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator

from localization import views

admin_urls = [
    path("status/", views.translation_status, name="status"),
    path("machine-translate/<int:page_id>/", views.translate_section, name="translate_section"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("translation-workflow/", include((admin_urls, "localization"), namespace="localization"))]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    """A main menu item right below Pages: editors and translators start their day here."""
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("localization:status"),
        name="translation-status",
        icon_name="site",
        order=150,
    )


def machine_translate_button(page, user, view_name=None, next_url=None):
    """'Translate by machine' on source-language pages, when a machine translator is set up."""
    if page.is_root() or page.locale_id != Locale.get_default().pk or get_machine_translator() is None:
        return
    if user.has_perm("wagtail_localize.submit_translation") and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Translate by machine"),
            reverse("localization:translate_section", args=[page.pk]),
            priority=61,
            icon_name="wagtail-localize-language",
        )


hooks.register("register_page_header_buttons", machine_translate_button)
hooks.register("register_page_listing_more_buttons", machine_translate_button)


@hooks.register("before_edit_page")
def warn_about_translation_problems(request, page):
    """A page may declare ``translation_warnings()``; the editor sees them on opening it."""
    if request.method == "GET":
        for warning in getattr(page.specific, "translation_warnings", list)():
            messages.warning(request, warning)
