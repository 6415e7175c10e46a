import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = Path(settings.BASE_DIR) / ".admin-password"


class Command(BaseCommand):
    help = (
        "Create the development administrator once and print how to log in. "
        "ADMIN_USERNAME, ADMIN_EMAIL and ADMIN_PASSWORD override the defaults; "
        "otherwise a random password is generated and kept in .admin-password (git-ignored)."
    )

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", "admin")
        email = os.environ.get("ADMIN_EMAIL", "admin@agora.localhost")
        password = os.environ.get("ADMIN_PASSWORD")
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            if not password:
                password = secrets.token_urlsafe(12)
                PASSWORD_FILE.write_text(password + "\n")
                PASSWORD_FILE.chmod(0o600)
            user_model.objects.create_superuser(username=username, email=email, password=password)
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
        if not password and PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        shown = password or "(unchanged; set ADMIN_PASSWORD to reset it)"
        self.stdout.write(f"Admin log-in: username {username!r}, password {shown}")
