"""Training's signals. Receivers are connected in ``TrainingConfig.ready`` (training/apps.py);
apps above training (credentials, xAPI, …) listen here instead of being imported by training."""

from django.dispatch import Signal

# Sent once per trainee and course, when the course becomes complete. Arguments: user, course_key.
course_completed = Signal()
