import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from allauth.core import ratelimit

from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.localized_urls import url_in_language
from accounts.models import get_profile
from accounts.personal_data import ENCODER, delete_account, export_user_data


@never_cache
@login_required
def profile(request):
    """The signed-in trainee's own profile; there is no way to name another user's."""
    form = ProfileForm(request.POST or None, instance=get_profile(request.user))
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        # Confirm in the language the next page is shown in.
        with translation.override(saved.preferred_language):
            messages.success(request, gettext("Your profile has been saved."))
        return redirect(url_in_language(request, reverse("account_profile"), saved.preferred_language))
    return TemplateResponse(request, "accounts/profile.html", {"form": form, "email": request.user.email})


@never_cache
@login_required
@require_GET
def export_data(request):
    """Everything Agora stores about the signed-in trainee, as a JSON download. Nobody else's."""
    data = {"exported_at": timezone.now(), **export_user_data(request.user)}
    response = HttpResponse(
        json.dumps(data, cls=ENCODER, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="agora-data-{timezone.now():%Y-%m-%d}.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account_view(request):
    """Delete the signed-in trainee's account after they re-enter their password (docs/security.md)."""
    if request.method == "POST":
        # The same limit as allauth's re-authentication: a password guessed here is a password guessed.
        too_many = ratelimit.consume_or_429(request, action="reauthenticate", user=request.user)
        if too_many:
            return too_many
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_account(request.user)
        logout(request)
        messages.success(request, gettext("Your account has been deleted."))
        return redirect("wagtail_serve", "")
    return TemplateResponse(request, "accounts/delete_account.html", {"form": form})
