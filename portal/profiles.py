"""The staff profiles Agora's training is written for (DESIGN.md). Shared by accounts and training."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.TextChoices):
    SECURITY_COORDINATOR = "security_coordinator", _("Urban security coordinator")
    URBAN_PLANNER = "urban_planner", _("Urban planner or architect")
    POLICE_OFFICER = "police_officer", _("Local police officer")
    SOCIAL_WORKER = "social_worker", _("Social or prevention worker")
    EVENT_ORGANISER = "event_organiser", _("Event organiser")
    VOLUNTEER = "volunteer", _("Volunteer")
