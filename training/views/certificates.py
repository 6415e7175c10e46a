"""Certificate views: the trainee's HTML certificate and PDF, and the public verification."""

import base64

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.languages import all_languages
from portal.ratelimit import limited
from training.certificate_codes import format_code, normalise_code
from training.models import Certificate
from training.services.courses import course_title

DOWNLOAD_PERMISSION = "training.view_certificate"


def verification_url(request, certificate, language):
    """The absolute public URL that checks this certificate, in ``language``."""
    with translation.override(language):
        path = reverse("certificate_verify", args=[format_code(certificate.code)])
    return request.build_absolute_uri(path)


def certificate_for(request, code):
    """The certificate if the signed-in user may see it (its holder, or staff with the permission); else 404."""
    normalised = normalise_code(code)
    certificate = Certificate.objects.filter(code=normalised).first() if normalised else None
    if certificate is None:
        raise Http404
    if certificate.user_id != request.user.pk and not request.user.has_perm(DOWNLOAD_PERMISSION):
        raise Http404
    return certificate


@never_cache
@login_required
@require_GET
def certificate_detail(request, code):
    """The certificate as a page, with downloads in every language."""
    from training.certificate_pdf import qr_code_png

    certificate = certificate_for(request, code)
    language = translation.get_language()
    url = verification_url(request, certificate, language)
    qr = base64.b64encode(qr_code_png(url)).decode("ascii")
    return TemplateResponse(
        request,
        "training/certificates/certificate_detail.html",
        {
            "certificate": certificate,
            "course_title": course_title(certificate, language),
            "status": certificate.status(),
            "verify_url": url,
            "qr_data_uri": f"data:image/png;base64,{qr}",
            "languages": all_languages(),
        },
    )


@never_cache
@login_required
@require_GET
def certificate_pdf(request, code, language):
    """The certificate as a PDF in any of the languages; a revoked one is no longer handed out."""
    from training.certificate_pdf import render_certificate_pdf

    certificate = certificate_for(request, code)
    if language not in dict(settings.LANGUAGES) or certificate.revoked_at is not None:
        raise Http404
    pdf = render_certificate_pdf(
        certificate,
        course_title(certificate, language),
        language,
        verification_url(request, certificate, language),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="agora-certificate-{certificate.code}-{language}.pdf"'
    return response


@never_cache
@require_GET
def verify_form(request):
    """A form to type a code; a well-formed one leads to its verification page."""
    typed = request.GET.get("code", "")
    error = None
    if "code" in request.GET:
        code = normalise_code(typed[:100])
        if code is not None:
            return redirect("certificate_verify", code=format_code(code))
        error = _("A certificate code has 24 letters and digits, in groups of four. Check it and try again.")
    return TemplateResponse(request, "training/certificates/verify_form.html", {"typed": typed[:100], "error": error})


@never_cache
@require_GET
@limited("certificate-verify", "CERTIFICATE_VERIFY_RATE")
def verify(request, code):
    """The public check: valid, revoked (with its date), expired, or unknown. Only name, course and date."""
    normalised = normalise_code(code[:100])
    certificate = Certificate.objects.filter(code=normalised).first() if normalised else None
    if certificate is None:
        return TemplateResponse(
            request, "training/certificates/verify.html", {"status": "unknown", "code": code[:100]}, status=404
        )
    return TemplateResponse(
        request,
        "training/certificates/verify.html",
        {
            "status": certificate.status(),
            "certificate": certificate,
            "code": format_code(certificate.code),
            "course_title": course_title(certificate, translation.get_language()),
        },
    )
