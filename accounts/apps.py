from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Trainee accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import checks, signals  # noqa: F401
