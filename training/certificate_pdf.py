"""The certificate as a PDF: WeasyPrint with the fonts shipped in training/fonts, and a QR code.

Only the shipped Noto Sans files are offered to WeasyPrint by ``file://`` path, one complete
file per weight (Latin, Latin Extended and Greek in each), so the PDF looks the same on
every machine and a glyph they lack shows up in the tests instead of a system font's.
"""

import base64
import io
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILES = {"400": FONT_DIR / "NotoSans-Regular.ttf", "700": FONT_DIR / "NotoSans-Bold.ttf"}
# WeasyPrint names embedded fonts after the @font-face family: any other name is a system font.
FONT_NAMES = {"Agora-Certificate", "Agora-Certificate-Bold"}
STYLESHEET = Path(__file__).resolve().parent / "templates" / "training" / "certificates" / "certificate_pdf.css"
FAMILY = "Agora Certificate"


def font_face_css():
    return "\n".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; src: url("{path.as_uri()}"); }}'
        for weight, path in FONT_FILES.items()
    )


def qr_code_png(url):
    """A QR code of ``url`` as PNG bytes (black on white, with the standard quiet zone)."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


def render_certificate_pdf(certificate, course_title, language, verify_url):
    """The certificate in ``language`` as PDF bytes. Imports WeasyPrint only when called (it is slow to load)."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    qr_data = base64.b64encode(qr_code_png(verify_url)).decode("ascii")
    with translation.override(language):
        html = render_to_string(
            "training/certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "course_title": course_title,
                "verify_url": verify_url,
                "qr_data_uri": f"data:image/png;base64,{qr_data}",
                "language": language,
            },
        )
    font_config = FontConfiguration()
    stylesheets = [
        CSS(string=font_face_css(), font_config=font_config),
        CSS(filename=str(STYLESHEET), font_config=font_config),
    ]
    return HTML(string=html, base_url=FONT_DIR.as_uri()).write_pdf(stylesheets=stylesheets, font_config=font_config)
