"""Backups: `backup_site` writes the database and media files into one archive, and
`restore_site` brings the whole site back into an empty database: pages in both languages,
their translation links, images, documents and download counts.

The round trip runs on the suite's database: PostgreSQL in CI (pg_dump / pg_restore), SQLite
in a plain `make test` (SQLite's backup API)."""

import io
import json
import shutil
import sqlite3
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from news.models import DownloadCount
from tests.factories import make_image

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media_root(settings, tmp_path):
    """A media folder of this test's own, so that wiping it touches no other test's files."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site(media_root, bilingual):
    """The bilingual site with an image on a news item, its rendition and a download count."""
    dutch, english = bilingual
    image = make_image("Omslag")
    news = dutch["news"]
    news.listing_image = image
    news.save_revision().publish()
    image.get_rendition("fill-40x40")
    DownloadCount.objects.create(page=dutch["publication"], count=42)
    return dutch, english


@pytest.fixture
def wipe_database(transactional_db):
    """Drop every table, as a new empty database has none. Whatever the test does, the
    schema is back afterwards for the tests that follow."""

    def wipe():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        else:
            connection.ensure_connection()
            sqlite3.connect(":memory:").backup(connection.connection)
        assert connection.introspection.table_names() == []

    yield wipe
    if "django_migrations" not in connection.introspection.table_names():
        call_command("migrate", verbosity=0)


def make_backup(tmp_path):
    call_command("backup_site", "--output", str(tmp_path / "backups"), stdout=io.StringIO())
    (archive,) = (tmp_path / "backups").glob("radicale-vernieuwing-*.tar")
    return archive


def test_a_backup_restored_into_an_empty_database_brings_the_whole_site_back(
    site, media_root, wipe_database, client, tmp_path
):
    dutch, english = site
    urls = {language: pages["news"].url for language, pages in (("nl", dutch), ("en", english))}
    translation_key = dutch["news"].translation_key
    image = get_image_model().objects.get(title="Omslag")
    image_files = [image.file.name, image.renditions.get().file.name]
    document_bytes = dutch["publication"].document.file.read()

    archive = make_backup(tmp_path)
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"] == connection.vendor
    assert (manifest["images"], manifest["documents"]) == (1, 1)
    assert manifest["pages"] == Page.objects.filter(depth__gt=1).count()

    wipe_database()
    shutil.rmtree(media_root)
    call_command("restore_site", str(archive), stdout=io.StringIO())

    dutch_page = client.get(urls["nl"])
    assert dutch_page.status_code == 200
    assert "Bewegingen bundelen krachten" in dutch_page.content.decode()
    english_page = client.get(urls["en"])
    assert english_page.status_code == 200
    assert "Movements join forces" in english_page.content.decode()
    # The two are still one page in two languages: the switcher leads from one to the other.
    assert f'href="{urls["en"]}"' in dutch_page.content.decode()
    translations = Page.objects.filter(translation_key=translation_key)
    assert {page.locale.language_code for page in translations} == {"nl", "en"}

    for name in image_files:
        assert (media_root / name).is_file()
    document = get_document_model().objects.get()
    assert (media_root / document.file.name).read_bytes() == document_bytes
    assert DownloadCount.objects.get().count == 42


def test_restore_refuses_a_database_that_is_not_empty(site, tmp_path):
    archive = make_backup(tmp_path)
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore_site", str(archive))
    assert DownloadCount.objects.get().count == 42
