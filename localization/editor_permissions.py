"""A correction to wagtail-localize 1.14's translation editor, applied by ``LocalizationConfig.ready``.

Upstream, the editor's own requests (saving a segment, PO download and upload, machine translation,
preview, stopping a translation) call ``edit_translation.user_can_edit_instance``, which lets anyone
who may change a snippet *type* write into every language's row of it. Agora changes snippets per
language (``portal/snippet_permissions.py``), so here the model's permission policy decides for the
row: a French translator cannot fill the German learning path through those requests. Pages keep
upstream's check. Remove this when upstream asks the permission policy itself.
"""

from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.views import edit_translation


def user_can_edit_translated_object(user, instance):
    """What the translation editor asks before it changes ``instance``: the page's or the row's own permission."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(user, "change", instance)


def apply():
    edit_translation.user_can_edit_instance = user_can_edit_translated_object
