"""Create the local admin account once and print how to log in.

The password is generated on first creation and kept in a git-ignored file, so a second
`make run` prints the same login instead of resetting it.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / ".admin-password"


class Command(BaseCommand):
    help = "Create the 'admin' superuser if it does not exist, and print the login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username, "admin@example.org", password)
            PASSWORD_FILE.write_text(password + "\n")
        elif PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        else:
            password = "(unchanged: set one with `python manage.py changepassword admin`)"
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"user: {username}  password: {password}"
            )
        )
