"""The admin asks no third party for avatars (its CSP allows images from 'self' only; an e-mail hash is
nobody else's business): every avatar is Wagtail's own default, or one the editor uploaded."""

from django.urls import reverse


def test_the_admin_shows_a_local_avatar_and_never_a_gravatar(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_explore", args=[site_tree.home.pk])):
        html = client.get(url).content.decode()
        assert "gravatar" not in html.lower()
        assert "wagtailadmin/images/default-user-avatar" in html
