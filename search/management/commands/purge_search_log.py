"""Delete the search query log's days older than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from search.querylog import purge_search_log


class Command(BaseCommand):
    help = (
        "Delete the search log's days older than SEARCH_LOG_RETENTION_DAYS. The site also "
        "does this by itself once a day, at the first search; this is for doing it now."
    )

    def handle(self, *args, **options):
        deleted = purge_search_log()
        self.stdout.write(
            f"Deleted {deleted} search log rows older than "
            f"{settings.SEARCH_LOG_RETENTION_DAYS} days."
        )
