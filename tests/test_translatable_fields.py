"""Every page type and snippet of Agora declares what wagtail-localize translates."""

from django.apps import apps

from wagtail.models import TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

import pytest

from tests.project import agora_app_labels

AGORA_APPS = agora_app_labels()


def agora_translatable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and model._meta.app_label in AGORA_APPS
    ]


def test_agora_has_translatable_models():
    names = {model.__name__ for model in agora_translatable_models()}
    assert {"HomePage", "StandardPage"} <= names


@pytest.mark.parametrize("model", agora_translatable_models(), ids=lambda model: model.__name__)
def test_model_declares_translatable_fields_itself(model):
    declared = model.__dict__.get("translatable_fields")
    assert declared, f"{model.__name__} must declare translatable_fields explicitly"
    assert all(isinstance(field, TranslatableField | SynchronizedField) for field in declared)
    names = {field.field_name for field in declared}
    concrete = {field.name for field in model._meta.get_fields()}
    assert names <= concrete, f"{model.__name__} declares unknown fields: {names - concrete}"


def test_every_agora_page_model_is_covered():
    page_models = {model for model in get_page_models() if model._meta.app_label in AGORA_APPS}
    assert page_models <= set(agora_translatable_models())
