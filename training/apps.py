from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from training.services.issuing import issue_certificate_on_completion
        from training.services.progress import merge_session_records
        from training.signals import course_completed

        user_logged_in.connect(merge_session_records, dispatch_uid="training_merge_session_records")
        course_completed.connect(issue_certificate_on_completion, dispatch_uid="training_issue_certificate")
