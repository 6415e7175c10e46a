from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Training reports")

    def ready(self):
        from portal.page_types import allow_subpage_type

        # The survey lives here so that training never names reports; a course accepts it as a child.
        allow_subpage_type("training.CoursePage", "reports.CourseFeedbackPage")
