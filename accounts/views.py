from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from accounts.forms import ProfileForm
from accounts.localized_urls import url_in_language
from accounts.models import get_profile


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
