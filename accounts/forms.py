from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Profile, active_language, get_profile

PROFILE_FIELDS = ["name", "organisation", "country", "staff_profile"]
AUTOCOMPLETE = {"name": "name", "organisation": "organization", "country": "country"}


class LanguageSelect(forms.Select):
    """Each language is named in itself; `lang` lets screen readers pronounce it so."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["lang"] = value
        return option


def fit_profile_fields(fields):
    """Autocomplete hints, and a blank choice that reads as words rather than "---------"."""
    for name, field in fields.items():
        if name in AUTOCOMPLETE:
            field.widget.attrs["autocomplete"] = AUTOCOMPLETE[name]
        if isinstance(field, forms.ChoiceField):
            choices = list(field.choices)
            if choices and choices[0][0] == "":
                field.choices = [("", _("Choose…")), *choices[1:]]
    return fields


def profile_form_fields(names):
    """Form fields for the profile's model fields, labels and help texts from the model."""
    return fit_profile_fields(forms.fields_for_model(Profile, fields=names))


class SignupProfileForm(forms.Form):
    """ACCOUNT_SIGNUP_FORM_CLASS: allauth's sign-up form extends this one with email and passwords."""

    field_order = ["email", "name", "organisation", "country", "staff_profile", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(profile_form_fields(PROFILE_FIELDS))

    def signup(self, request, user):
        profile = get_profile(user)
        for name in PROFILE_FIELDS:
            setattr(profile, name, self.cleaned_data[name])
        profile.preferred_language = active_language()
        profile.save()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = [*PROFILE_FIELDS, "preferred_language"]
        widgets = {"preferred_language": LanguageSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fit_profile_fields(self.fields)
        # The model's default is a callable, which makes Django add a hidden "initial-" input; not needed here.
        self.fields["preferred_language"].show_hidden_initial = False


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password again: a forgotten open session is not enough."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."), code="wrong_password")
        return password
