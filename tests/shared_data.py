"""Data that the tests of one module share: built once, rolled back when the module ends."""

import pytest
from django.core.cache import cache
from django.db import transaction


def built_once_per_module(build):
    """A module-scoped fixture that gives what `build()` returns, for a module whose tests
    only read the same data: it is built once, inside a transaction rolled back when the
    module is done, and each test (marked django_db) runs in a savepoint inside it, so a
    change a test saves is gone for the next test. The Python objects are shared, though:
    refresh_from_db() one before changing it. Not for transactional tests, whose flush
    would wipe the data for the rest of the module.

        corpus = built_once_per_module(build_corpus)
    """

    def fixture(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            yield build()
            transaction.set_rollback(True)
        # Wagtail caches the site's root paths; they pointed at pages that are gone now.
        cache.clear()

    fixture.__doc__ = build.__doc__
    return pytest.fixture(fixture, scope="module")
