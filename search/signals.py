from django.db import connections


def create_text_search_configurations(using="default", **kwargs):
    """After migrate: one accent-folding configuration per language in AGORA_LANGUAGES."""
    from .backends.postgres import ensure_text_search_configurations

    ensure_text_search_configurations(connections[using])
