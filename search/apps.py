from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    label = "agora_search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signals import create_text_search_configurations

        post_migrate.connect(create_text_search_configurations, sender=self)
