from django.core.management.base import BaseCommand

from operations.backup import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive made by backup_site into an empty database (PostgreSQL: "
        "pg_restore --no-owner), then its media files into MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar written by backup_site")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the contents of a database that is not empty",
        )

    def handle(self, *args, archive, force, **options):
        manifest = restore_backup(archive, force=force)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created']}: {manifest['pages']} pages, "
                f"{manifest['images']} images, {manifest['documents']} documents. "
                "Run `python manage.py migrate` if the code is newer than the backup, and "
                "restart the app servers so that no process keeps the old pages in its cache."
            )
        )
