from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from portal.page_cache import clear_page_cache
        from portal.sites import forget_sites

        # Any change to the live tree may show on many pages (menus, listings): drop them all.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_page_cache, dispatch_uid=f"page-cache-{signal!r}")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page-cache-delete")
        # The site for each host is remembered between requests (portal/sites.py).
        post_save.connect(forget_sites, sender=Site, dispatch_uid="sites-saved")
        post_delete.connect(forget_sites, sender=Site, dispatch_uid="sites-deleted")
