"""Certificate revocation in the Wagtail admin (permission ``training.revoke_certificate``)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages

from training.certificate_codes import normalise_code
from training.models import Certificate
from training.services.issuing import revoke_certificate

REVOKE_PERMISSION = "training.revoke_certificate"
PAGE_SIZE = 50


class RevocationForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Kept with the certificate for the record; not shown to the public."),
    )


def _require_permission(request):
    if not request.user.has_perm(REVOKE_PERMISSION):
        raise PermissionDenied


def certificate_list(request):
    """The latest certificates, searchable by code, holder's name or email."""
    _require_permission(request)
    query = request.GET.get("q", "").strip()[:200]
    certificates = Certificate.objects.select_related("user").order_by("-issued_at")
    if query:
        code = normalise_code(query)
        condition = Q(holder_name__icontains=query) | Q(user__email__icontains=query)
        if code:
            condition |= Q(code=code)
        certificates = certificates.filter(condition)
    return TemplateResponse(
        request,
        "training/admin/certificate_list.html",
        {"certificates": certificates[:PAGE_SIZE], "query": query, "header_title": _("Certificates")},
    )


def certificate_revoke(request, certificate_id):
    """Revoke one certificate, with a reason; verification shows it as revoked at once."""
    _require_permission(request)
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if certificate.revoked_at is not None:
        messages.warning(request, _("This certificate is already revoked."))
        return redirect("training_certificates:list")
    form = RevocationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        revoke_certificate(certificate, request.user, form.cleaned_data["reason"])
        messages.success(request, _("The certificate %(code)s is revoked.") % {"code": certificate.formatted_code})
        return redirect("training_certificates:list")
    return TemplateResponse(
        request,
        "training/admin/certificate_revoke.html",
        {"certificate": certificate, "form": form, "header_title": _("Revoke a certificate")},
    )
