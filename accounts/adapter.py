from types import SimpleNamespace

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from accounts.localized_urls import url_in_language
from accounts.models import get_profile


class AgoraAccountAdapter(DefaultAccountAdapter):
    """allauth, fitted to Agora's languages: language-aware redirects and the site's name in emails."""

    def post_login(self, request, user, **kwargs):
        # After post_login the target is final, whether it came from ?next= or LOGIN_REDIRECT_URL.
        response = super().post_login(request, user, **kwargs)
        if isinstance(response, HttpResponseRedirect):
            language = get_profile(user).preferred_language
            response["Location"] = url_in_language(request, response["Location"], language)
        return response

    def get_logout_redirect_url(self, request):
        # The home page of the language the visitor was using, not "/" (which guesses a language again).
        return reverse("wagtail_serve", args=[""])

    def send_mail(self, template_prefix, email, context):
        # allauth names the site after the request's host; Agora does not use django.contrib.sites.
        context = {
            "current_site": SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=allauth_context.request.get_host()),
            **context,
        }
        super().send_mail(template_prefix, email, context)
