from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator

from localization import memory_views, review_views, views, xliff_views
from localization.inbox import inbox_items, inbox_locales
from localization.machine_translators import machine_of

admin_urls = [
    path("status/", views.translation_status, name="status"),
    path("inbox/", views.translation_inbox, name="inbox"),
    path("status/send/", views.send_batch, name="send_batch"),
    path("status/sending/", views.batch_progress, name="batch"),
    path("machine-translate/<int:page_id>/", views.translate_section, name="translate_section"),
    path("memory/", memory_views.memory_index, name="memory"),
    path("memory/<str:language_code>.tmx", memory_views.memory_export, name="memory_export"),
    path("memory/suggestions/<int:translation_id>/", memory_views.memory_suggestions, name="memory_suggestions"),
    path("xliff/<int:translation_id>/", xliff_views.xliff_translation, name="xliff"),
    path("xliff/<int:translation_id>/download/", xliff_views.download_xliff, name="xliff_download"),
    path("xliff/<int:translation_id>/upload/", xliff_views.upload_xliff, name="xliff_upload"),
    path("review/<int:page_id>/submit/", review_views.submit_for_review, name="submit_for_review"),
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
    if page.is_root() or page.locale_id != Locale.get_default().pk or machine_of(get_machine_translator()) is None:
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


# Before wagtail-localize's own hook, which answers with its translation editor, where the notice shows.
hooks.register("before_edit_page", review_views.review_notice)


class TranslationInboxPanel(Component):
    """The dashboard's share of the inbox: the five translations that have waited longest in my languages."""

    name = "translation_inbox"
    template_name = "localization/inbox_panel.html"
    order = 90
    shown = 5

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        items = inbox_items(inbox_locales(self.user))
        return {
            "items": items[: self.shown],
            "total": len(items),
            "can_send": self.user.has_perm("wagtail_localize.submit_translation"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_inbox_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(TranslationInboxPanel(request.user))


@hooks.register("register_admin_menu_item")
def register_translation_inbox_menu_item():
    """Right below Pages, above the status report: a translator's day starts here."""
    return MenuItem(
        gettext_lazy("Translation inbox"),
        reverse("localization:inbox"),
        name="translation-inbox",
        icon_name="tasks",
        order=140,
    )


class PermissionMenuItem(MenuItem):
    """A menu item shown to those who hold ``permission``."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_translation_memory_menu_item():
    return PermissionMenuItem(
        gettext_lazy("Translation memory"),
        reverse("localization:memory"),
        name="translation-memory",
        icon_name="tasks",
        order=160,
        permission="localization.view_memoryunit",
    )
