"""What counts as Agora's own code, for tests that enumerate it."""

from pathlib import Path

from django.apps import apps
from django.conf import settings


def agora_app_labels():
    """Labels of the installed apps whose code lives in this repository (not in .venv)."""
    base = settings.BASE_DIR.resolve()
    labels = set()
    for app in apps.get_app_configs():
        path = Path(app.path).resolve()
        if path.is_relative_to(base) and not path.is_relative_to(base / ".venv"):
            labels.add(app.label)
    return labels
