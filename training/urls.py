"""Certificate URLs, included under /<lang>/certificates/ (portal/urls.py)."""

from django.urls import path

from training import certificates

urlpatterns = [
    path("verify/", certificates.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", certificates.verify, name="certificate_verify"),
    path("<str:code>/", certificates.certificate_detail, name="certificate_detail"),
    path("<str:code>/pdf/<str:language>/", certificates.certificate_pdf, name="certificate_pdf"),
]
