from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Trainee accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from accounts import checks, signals  # noqa: F401

        # Each app's personal_data module registers its part of a trainee's data (accounts/personal_data.py).
        autodiscover_modules("personal_data")
