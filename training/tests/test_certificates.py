"""Certificates: issued once on completion, the PDF in every language, owner-only access, revocation."""

from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime

import pytest

from accounts.tests.factories import make_trainee
from portal.languages import language_codes
from training.certificate_codes import CODE_LENGTH, format_code, new_code, normalise_code
from training.certificate_pdf import FONT_NAMES, render_certificate_pdf
from training.models import Certificate
from training.services.issuing import issue_certificate, revoke_certificate
from training.signals import course_completed
from training.tests.certificate_helpers import decode_qr_codes, embedded_font_names, pdf_text, unembedded_fonts
from training.tests.factories import build_course, complete_course

pytestmark = pytest.mark.django_db

HOLDER = "Σοφία Bērziņa-Ñúñez Œuvré"
COURSE_TITLES = {
    "en": "CPTED basics",
    "fr": "Les bases de la CPTED",
    "de": "CPTED-Grundlagen",
    "it": "Nozioni di base sulla CPTED",
    "es": "Fundamentos de CPTED",
    "nl": "Basisprincipes van CPTED",
    "lv": "CPTED pamati — drošība pilsētvidē",
    "el": "Βασικές αρχές CPTED",
}


def test_codes_are_random_typeable_and_forgiving():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    code = codes.pop()
    assert len(code) == CODE_LENGTH and len(code) * 5 >= 100
    typed = format_code(code).lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code
    assert normalise_code("not a code") is None
    assert normalise_code("U" * CODE_LENGTH) is None  # U is not in Crockford's alphabet


def test_completing_a_course_issues_one_certificate_with_the_chosen_name(client):
    built = build_course(translate_into=())
    trainee = make_trainee(name=HOLDER, preferred_language="el")
    client.force_login(trainee)
    complete_course(client, built)
    certificate = Certificate.objects.get(user=trainee)
    assert certificate.course_key == built.course.translation_key
    assert certificate.holder_name == HOLDER
    assert certificate.course_title == "CPTED basics"
    assert certificate.language == "en"  # the language the course was completed in
    # Completion recorded again, or the signal sent again: still one certificate.
    complete_course(client, built)
    course_completed.send(sender=None, user=trainee, course_key=built.course.translation_key)
    assert Certificate.objects.filter(user=trainee).count() == 1
    # A later change of name does not alter the issued certificate.
    trainee.profile.name = "Someone Else"
    trainee.profile.save()
    certificate.refresh_from_db()
    assert certificate.holder_name == HOLDER


def test_validity_in_months_sets_the_expiry():
    built = build_course(translate_into=(), certificate_validity_months=24)
    certificate = issue_certificate(make_trainee(), built.course.translation_key, language="fr")
    months = (certificate.expires_at.year - certificate.issued_at.year) * 12 + (
        certificate.expires_at.month - certificate.issued_at.month
    )
    assert months == 24
    assert certificate.status() == "valid"
    assert certificate.status(now=certificate.expires_at) == "expired"


def test_a_revoked_certificate_makes_room_for_a_new_one():
    built = build_course(translate_into=())
    trainee = make_trainee()
    first = issue_certificate(trainee, built.course.translation_key, language="en")
    assert issue_certificate(trainee, built.course.translation_key, language="en") == first
    revoke_certificate(first, by=None, reason="Issued by mistake")
    second = issue_certificate(trainee, built.course.translation_key, language="en")
    assert second.pk != first.pk and second.code != first.code
    assert first.status() == "revoked" and second.status() == "valid"


def test_pdf_in_every_language_has_the_name_code_title_heading_and_date_in_shipped_fonts(client):
    codes = language_codes()
    built = build_course(translate_into=codes[1:])
    for code in codes[1:]:
        course = built.translations[code].course
        course.title = COURSE_TITLES[code]
        course.save_revision().publish()
    trainee = make_trainee(name=HOLDER, preferred_language="el")
    certificate = issue_certificate(trainee, built.course.translation_key, language="el")
    client.force_login(trainee)
    for code in codes:
        response = client.get(reverse("certificate_pdf", args=[certificate.formatted_code, code]))
        assert response.status_code == 200, code
        assert response["Content-Type"] == "application/pdf"
        pdf = response.content
        text = pdf_text(pdf)
        with translation.override(code):
            heading = translation.gettext("Certificate of completion")
            date = date_format(localtime(certificate.issued_at), "DATE_FORMAT")
            verify_url = "http://testserver" + reverse("certificate_verify", args=[certificate.formatted_code])
        if code != "en":
            assert heading != "Certificate of completion", f"{code}: heading not translated"
        for expected in (HOLDER, certificate.formatted_code, COURSE_TITLES[code], heading, date):
            assert expected in text, f"{code}: {expected!r} not in the PDF text"
        assert embedded_font_names(pdf) <= FONT_NAMES, f"{code}: a font that Agora does not ship"
        assert not unembedded_fonts(pdf)
        assert decode_qr_codes(pdf) == [verify_url], code


def test_a_glyph_missing_from_the_shipped_fonts_shows_as_a_foreign_font():
    """The font check above can fail: Armenian is not in Noto Sans, so another font gets embedded."""
    import shutil
    import subprocess

    fc_list = shutil.which("fc-list")
    covering = fc_list and subprocess.run([fc_list, ":lang=hy"], capture_output=True, text=True, check=False).stdout
    if not covering or not covering.strip():
        pytest.skip("no system font covers Armenian, so there is nothing to fall back to")
    built = build_course(translate_into=())
    certificate = issue_certificate(make_trainee(name="Աննա"), built.course.translation_key, language="en")
    pdf = render_certificate_pdf(certificate, "CPTED basics", "en", "http://testserver/")
    assert embedded_font_names(pdf) - FONT_NAMES


def test_only_the_holder_and_staff_with_permission_see_or_download(client, django_user_model):
    from django.contrib.auth.models import Permission

    built = build_course(translate_into=())
    holder = make_trainee(email="holder@example.org")
    certificate = issue_certificate(holder, built.course.translation_key, language="en")
    detail = reverse("certificate_detail", args=[certificate.formatted_code])
    pdf = reverse("certificate_pdf", args=[certificate.formatted_code, "fr"])

    assert client.get(detail).status_code == 302  # to the log-in page
    client.force_login(make_trainee(email="other@example.org"))
    assert client.get(detail).status_code == 404
    assert client.get(pdf).status_code == 404

    staff = django_user_model.objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    client.force_login(staff)
    assert client.get(detail).status_code == 404
    staff.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    client.force_login(django_user_model.objects.get(pk=staff.pk))
    assert client.get(detail).status_code == 200

    client.force_login(holder)
    response = client.get(detail)
    assert response.status_code == 200
    assert certificate.formatted_code in response.content.decode()
    assert client.get(pdf).status_code == 200
    assert client.get(reverse("certificate_pdf", args=[certificate.formatted_code, "xx"])).status_code == 404
    assert client.get(reverse("certificate_detail", args=["not-a-code"])).status_code == 404
    revoke_certificate(certificate, by=None, reason="Fraud")
    assert client.get(pdf).status_code == 404  # a revoked certificate is not handed out again
    assert client.get(detail).status_code == 200
