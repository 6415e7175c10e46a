"""Account URLs, included under /<lang>/accounts/ (portal/urls.py): the profile, the data export and the
account's deletion, then allauth's sign-up, log-in and password flows."""

from django.urls import include, path

from accounts import views

urlpatterns = [
    path("profile/", views.profile, name="account_profile"),
    path("data/", views.export_data, name="account_data_export"),
    path("delete/", views.delete_account_view, name="account_delete"),
    path("", include("allauth.urls")),
]
