"""Trainees for tests: a user with a verified email address and a filled-in profile."""

from django.contrib.auth import get_user_model

from allauth.account.models import EmailAddress

from accounts.models import get_profile
from portal.profiles import StaffProfile

PASSWORD = "correct-horse-battery-staple"


def make_trainee(email="trainee@example.org", name="Alex Trainee", preferred_language="en", verified=True, **profile):
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=verified)
    trainee_profile = get_profile(user)
    trainee_profile.name = name
    trainee_profile.staff_profile = profile.pop("staff_profile", StaffProfile.SECURITY_COORDINATOR)
    trainee_profile.preferred_language = preferred_language
    for field, value in profile.items():
        setattr(trainee_profile, field, value)
    trainee_profile.save()
    return user
