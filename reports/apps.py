from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Training reports")

    def ready(self):
        from training.models import CoursePage

        # The survey lives here so that training never names reports; a course accepts it as a child.
        if "reports.CourseFeedbackPage" not in CoursePage.subpage_types:
            CoursePage.subpage_types = [*CoursePage.subpage_types, "reports.CourseFeedbackPage"]
