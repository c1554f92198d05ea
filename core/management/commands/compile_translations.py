"""Compile the interface catalogues in LOCALE_PATHS with polib.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine lacks; polib is
already installed as a dependency of wagtail-localize.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the .po catalogues of the site into .mo files, without GNU gettext."

    def handle(self, *args, **options):
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(f"Compiled {po_path} ({catalogue.percent_translated()}%)")
