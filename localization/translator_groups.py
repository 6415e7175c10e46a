"""One group of translators per language, kept in step with the locales and their page trees.

"Translators · Français" may open the admin and add, edit and publish the pages of the French
tree (the French home page and everything below it), and nothing in another language: not the
English source, not the German tree. Groups exist for every locale but the source language's,
are created after migrations and when a locale is added, and get their page permission as soon
as the locale's home page exists (created by the demo loader or by translating the home page).

Where a locale is reviewed (``TRANSLATION_REVIEW_LANGUAGES``), its translators get "Add" and "Edit"
but not "Publish", and submit to the locale's review workflow instead (``localization/review.py``).

Translatable snippets (taxonomy, learning paths) registered with ``LocaleSnippetViewSet`` are changed
per language: the groups get the model's "change" permission, and the snippets' permission policy
limits it to the rows of the group's locale (``portal/snippet_permissions.py``).
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Locale, Page

from localization.review import sync_review, translator_page_permissions
from portal.languages import all_languages, source_language_code
from portal.snippet_permissions import snippet_change_permissions

GROUP_PREFIX = "Translators · "
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Open the admin, and choose the images and documents a translated page shows (as the general Translators).
GROUP_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
    ("localization", "view_memoryunit"),  # the translation memory and its TMX download
)


def group_name(language_code):
    names = {language.code: language.name for language in all_languages()}
    return f"{GROUP_PREFIX}{names.get(language_code, language_code)}"


def translator_group(locale):
    """The locale's translator group: admin access, its snippets and, once the tree exists, its pages and review."""
    group, _created = Group.objects.get_or_create(name=group_name(locale.language_code))
    for app_label, codename in GROUP_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:  # on a fresh database, model permissions arrive with post_migrate
            group.permissions.add(permission)
    group.permissions.add(*snippet_change_permissions())
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=translator_page_permissions(locale, PAGE_PERMISSIONS)
    )
    for home in Page.objects.filter(depth=2, locale=locale):
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    sync_review(locale, group)
    return group


def sync_translator_groups():
    """Every target locale's group, up to date; returns them."""
    return [
        translator_group(locale)
        for locale in Locale.objects.exclude(language_code=source_language_code()).order_by("language_code")
    ]


def translator_locales(user):
    """The locales whose translator group ``user`` belongs to."""
    names = set(user.groups.filter(name__startswith=GROUP_PREFIX).values_list("name", flat=True))
    return [locale for locale in Locale.objects.all() if group_name(locale.language_code) in names]


# Receivers, connected in LocalizationConfig.ready.


def groups_after_migrate(sender, **kwargs):
    sync_translator_groups()


def group_for_new_locale(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.language_code != source_language_code():
        translator_group(instance)


def permissions_for_new_home(sender, instance, created, raw=False, **kwargs):
    """A locale's home page (depth 2) appeared: its translators may now work below it."""
    if not created or raw or not isinstance(instance, Page) or instance.depth != 2:
        return
    if instance.locale.language_code != source_language_code():
        translator_group(instance.locale)
