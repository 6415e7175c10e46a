"""A trainee's profile: what Agora knows about a person beyond the login (email, password)."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField

from portal.profiles import StaffProfile


def language_choices():
    # A callable, so that adding a language to AGORA_LANGUAGES needs no migration.
    return settings.LANGUAGES


def active_language():
    """The language the visitor is using now (the URL's prefix), or the source language."""
    code = translation.get_language()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("How you want your name to be shown, for example on your certificates."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    staff_profile = models.CharField(
        _("role"),
        max_length=40,
        choices=StaffProfile.choices,
        help_text=_("We suggest a learning path for your role."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=language_choices,
        default=active_language,
        help_text=_("Agora switches to this language when you log in."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.name or str(self.user)


def get_profile(user):
    """The user's profile, created on demand: every user has one (signal, sign-up or here)."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _created = Profile.objects.get_or_create(user=user)
        user.profile = profile
        return profile


def display_name(user):
    """How allauth names a user in pages and emails (ACCOUNT_USER_DISPLAY): the profile's name, else the email."""
    return get_profile(user).name or user.email or user.get_username()
