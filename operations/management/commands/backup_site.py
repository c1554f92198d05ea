from django.core.management.base import BaseCommand

from operations.backup import create_backup


class Command(BaseCommand):
    help = (
        "Back up the database (PostgreSQL: pg_dump custom format; SQLite: a consistent copy) "
        "and the media files into one timestamped .tar with a manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="backups", help="folder for the archive (default: backups)"
        )

    def handle(self, *args, output, **options):
        archive = create_backup(output)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
