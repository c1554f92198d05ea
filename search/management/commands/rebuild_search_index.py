"""Build the site search index from scratch: every live, public page, in its language."""

import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild_index


class Command(BaseCommand):
    help = (
        "Empty the search index and its vocabulary and index every live, public page "
        "again. Publishing keeps the index in step; this is for a new or damaged index."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        indexed = rebuild_index()
        seconds = time.perf_counter() - started
        self.stdout.write(f"Indexed {indexed} pages in {seconds:.1f} s.")
