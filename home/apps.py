from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from home.models import FooterSettings
        from portal.page_cache import clear_page_cache

        # Every page shows the footer, and cached pages and the footer fragment hold it.
        post_save.connect(clear_page_cache, sender=FooterSettings, dispatch_uid="page-cache-footer")
