"""Page-type rules that an app adds to another app's pages.

An app higher up may offer a page type under a lower app's page (the reports' feedback survey
under a course) without the lower app naming it, and without importing the lower app's models:
it calls ``allow_subpage_type`` from its ``AppConfig.ready``, with both types as "app.Model".
"""

from django.apps import apps


def allow_subpage_type(parent, child):
    """Let pages of type ``child`` be created under pages of type ``parent`` (both "app_label.ModelName")."""
    parent_model = apps.get_model(parent)
    if parent_model.subpage_types is None:  # any page type is allowed already
        return
    allowed = list(parent_model.subpage_types)
    if child not in allowed and child.lower() not in (label.lower() for label in allowed):
        parent_model.subpage_types = [*allowed, child]
