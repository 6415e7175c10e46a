"""Training's public URLs, included under /<lang>/ (portal/urls.py): the trainee's dashboard, the
self-evaluation form and certificates (the trainee's copy, its PDF and the public verification).
Courses, lessons and quizzes are Wagtail pages and route themselves."""

from django.urls import path

from training.views import certificates, dashboard, self_evaluation

urlpatterns = [
    path("my-learning/", dashboard.my_learning, name="my_learning"),
    path(
        "my-learning/self-evaluation/<uuid:course_key>/<str:stage>/",
        self_evaluation.self_evaluation,
        name="self_evaluation",
    ),
    path("certificates/verify/", certificates.verify_form, name="certificate_verify_form"),
    path("certificates/verify/<str:code>/", certificates.verify, name="certificate_verify"),
    path("certificates/<str:code>/", certificates.certificate_detail, name="certificate_detail"),
    path("certificates/<str:code>/pdf/<str:language>/", certificates.certificate_pdf, name="certificate_pdf"),
]
