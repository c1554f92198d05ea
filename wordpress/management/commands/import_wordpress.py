"""python manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run] [--language nl|en]
[--theme-map FILE]: bring the old WordPress site's posts over (README, "Moving over from
WordPress")."""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wordpress.importer import ImportOptions, ImportSetupError, WordPressImport
from wordpress.taxonomy import MappingError
from wordpress.wxr import ExportError


class Progress:
    """A progress bar on a terminal, a line per tenth of the file elsewhere (a log)."""

    def __init__(self, stream):
        self.stream = stream  # the command's stderr (an OutputWrapper)
        self.is_terminal = stream.isatty()
        self.shown = (None, -1)
        self.last_time = 0.0

    def __call__(self, stage, done, total):
        share = min(done / total, 1.0) if total else 1.0
        if self.is_terminal:
            now = time.monotonic()
            if now - self.last_time < 0.2 and share < 1.0:
                return
            self.last_time = now
            bar = "#" * int(share * 30)
            line = f"\r{stage:<22} [{bar:<30}] {share:4.0%}"
            self._write(line + ("\n" if share >= 1.0 else ""))
        elif self.shown != (stage, int(share * 10)):
            self.shown = (stage, int(share * 10))
            self._write(f"{stage}: {share:.0%}\n")

    def _write(self, text):
        self.stream.write(text, style_func=str, ending="")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR): posts become news items, categories themes, tags "
        "keywords, attachments images and documents; old addresses redirect to the new pages."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="the .xml file from Tools → Export")
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="a local copy of the old site's wp-content/uploads folder",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="do everything, report it, and write nothing",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _ in settings.LANGUAGES],
            help="the language of the posts (default: %(default)s)",
        )
        parser.add_argument(
            "--theme-map",
            type=Path,
            help="a TOML file mapping categories to themes (see wordpress/taxonomy.py)",
        )

    def handle(self, *args, export, media_dir, dry_run, language, theme_map, verbosity, **options):
        if not export.is_file():
            raise CommandError(f"{export}: no such file.")
        if media_dir is not None and not media_dir.is_dir():
            raise CommandError(f"{media_dir}: no such folder (give wp-content/uploads).")
        options = ImportOptions(export, media_dir, language, theme_map, dry_run)
        progress = Progress(self.stderr) if verbosity >= 1 else None
        started = time.monotonic()
        try:
            report = WordPressImport(options, progress).run()
        except (ExportError, ImportSetupError, MappingError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(report.render(), ending="")
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
