"""Translatable snippets changed per language: a French translator edits the French topics only.

Wagtail's model permissions are all or nothing: "may change topics" covers every language. Agora
gives translators the model permission and lets this permission policy narrow it to rows of the
languages they work in. Who works in which language is said once, by the page permissions: a user
may change or delete a snippet in locale L when they may edit L's home page (or, for a locale that
has no home page yet, the root), so editors with rights over the whole site pass everywhere and a
translator group passes in its own locale only.

Wagtail 8's snippet edit view checks the model permission and never the instance, so the views of
``LocaleSnippetViewSet`` ask the policy about the row first (before wagtail-localize's translation
editor, which takes over the edit view of a translated snippet), and its listing links to edit only
the rows one may change; it opens on a language one works in.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied

from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy, policy_registry, register_permission_policy
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

# Actions on one language's row; "add" and "view" stay model-wide.
INSTANCE_ACTIONS = frozenset({"change", "delete"})


def editable_locale_ids(user):
    """Ids of the locales whose home page ``user`` may edit; kept on the user object for the request."""
    cached = getattr(user, "_agora_editable_locale_ids", None)
    if cached is not None:
        return cached
    pages = list(Page.objects.filter(depth__lte=2).order_by("path"))
    root = next((page for page in pages if page.depth == 1), None)
    homes = {}
    for page in pages:
        if page.depth == 2:
            homes.setdefault(page.locale_id, page)
    cached = frozenset(
        locale_id
        for locale_id in Locale.objects.values_list("pk", flat=True)
        if (home := homes.get(locale_id, root)) is not None
        and page_permission_policy.user_has_permission_for_instance(user, "change", home)
    )
    user._agora_editable_locale_ids = cached
    return cached


class LocalePermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, and for changing or deleting a row, the right to edit its locale's pages."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return action not in INSTANCE_ACTIONS or instance.locale_id in editable_locale_ids(user)

    def instances_user_has_any_permission_for(self, user, actions):
        granted = {action for action in actions if self.user_has_permission(user, action)}
        instances = super().instances_user_has_any_permission_for(user, actions)
        if granted and granted <= INSTANCE_ACTIONS:
            instances = instances.filter(locale_id__in=editable_locale_ids(user))
        return instances


class LocaleSnippetIndexView(IndexView):
    def get_locale(self):
        """Without ``?locale=``, the first language the user may change rather than the source they may only read."""
        locale = super().get_locale()
        editable = editable_locale_ids(self.request.user)
        if locale is not None and "locale" not in self.request.GET and editable and locale.pk not in editable:
            return Locale.objects.filter(pk__in=editable).order_by("language_code").first()
        return locale

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None


class LocaleSnippetEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LocaleSnippetViewSet(SnippetViewSet):
    """A translatable snippet's admin whose rows are changed per language (``LocalePermissionPolicy``)."""

    index_view_class = LocaleSnippetIndexView
    edit_view_class = LocaleSnippetEditView

    def on_register(self):
        # Before Wagtail's own registration, which would otherwise create the all-languages fallback policy.
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(self.model, LocalePermissionPolicy(self.model), exact_class=True)
        super().on_register()


def locale_snippet_models():
    """The snippet models whose rows are changed per language."""
    return [
        model
        for model in get_snippet_models()
        if isinstance(policy_registry.get_by_type(model, fallback=False), LocalePermissionPolicy)
    ]


def snippet_change_permissions():
    """The "change" permissions of those models: safe to give a translator group, the policy narrows them."""
    models = locale_snippet_models()
    content_types = ContentType.objects.get_for_models(*models, for_concrete_models=False).values()
    return Permission.objects.filter(
        content_type__in=content_types, codename__in=[f"change_{model._meta.model_name}" for model in models]
    )
