from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = _("Translation workflow")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from wagtail.models import Locale

        from localization import editor_permissions, memory_receivers, translator_groups, upstream

        upstream.apply()
        editor_permissions.apply()
        memory_receivers.connect()
        post_migrate.connect(translator_groups.groups_after_migrate, sender=self)
        post_save.connect(translator_groups.group_for_new_locale, sender=Locale, dispatch_uid="translator_group_locale")
        post_save.connect(translator_groups.permissions_for_new_home, dispatch_uid="translator_group_home")
