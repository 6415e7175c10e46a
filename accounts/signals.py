from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts_create_profile")
def create_profile(sender, instance, created, raw=False, **kwargs):
    """Every new user gets a profile; sign-up fills it in straight after."""
    if created and not raw:
        Profile.objects.get_or_create(user=instance)
