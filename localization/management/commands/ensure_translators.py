import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from localization.review import review_language_codes, reviewer_group_name
from localization.translator_groups import group_name, sync_translator_groups

PASSWORD_FILE = Path(settings.BASE_DIR) / ".translator-passwords"
DEMO_TRANSLATORS = ("fr", "el")
# A reviewer is created only while the language is reviewed (TRANSLATION_REVIEW_LANGUAGES).
DEMO_REVIEWERS = ("el",)


class Command(BaseCommand):
    help = (
        "Bring the translator groups up to date (one per language) and create the demo translators into "
        "French and Greek once, each in their language's group with the admin in their language, and the "
        "Greek reviewer when Greek is reviewed; print how to log in. Passwords are generated and kept in "
        ".translator-passwords (git-ignored)."
    )

    def handle(self, *args, **options):
        sync_translator_groups()
        passwords = json.loads(PASSWORD_FILE.read_text()) if PASSWORD_FILE.exists() else {}
        reviewed = review_language_codes()
        accounts = [("Translator", f"translator.{code}", code, group_name(code)) for code in DEMO_TRANSLATORS]
        accounts += [
            ("Reviewer", f"reviewer.{code}", code, reviewer_group_name(code))
            for code in DEMO_REVIEWERS
            if code in reviewed
        ]
        for role, username, code, group in accounts:
            if Locale.objects.filter(language_code=code).exists():
                self.ensure_account(username, code, group, passwords)
                shown = passwords.get(username, "(unchanged; delete the user to get a new one)")
                self.stdout.write(f"{role} log-in ({group}): username {username!r}, password {shown}")
        PASSWORD_FILE.write_text(json.dumps(passwords, indent=2) + "\n")
        PASSWORD_FILE.chmod(0o600)

    def ensure_account(self, username, code, group, passwords):
        """The account once, in ``group``, with the admin in its language; a new password only for a new account."""
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            passwords[username] = secrets.token_urlsafe(12)
            user = user_model.objects.create_user(
                username=username, email=f"{username}@agora.localhost", password=passwords[username]
            )
        user.groups.add(*Group.objects.filter(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = code
        profile.save(update_fields=["preferred_language"])
