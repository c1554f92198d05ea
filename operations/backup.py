"""A whole site in one tar archive, and back: the database (PostgreSQL as a `pg_dump` custom
dump, SQLite as a consistent copy) and the media files, with a small manifest.

    manifest.json       when, which database, how many pages, images and documents
    database.dump       pg_dump --format=custom (PostgreSQL), or
    database.sqlite3    a copy made with SQLite's online backup API
    media/...           MEDIA_ROOT: original images, renditions and documents
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from importlib import metadata
from pathlib import Path

import wagtail
from django.conf import settings
from django.core.management import CommandError
from django.db import connection
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.cache import bump_content_version

MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


def create_backup(output_dir):
    """Write a timestamped archive of the database and the media files into output_dir and
    return its path. It holds password hashes and personal data: only its owner may read it."""
    database_file = DATABASE_FILES.get(connection.vendor)
    if database_file is None:
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    if Page._meta.db_table not in connection.introspection.table_names():
        raise CommandError("The database holds no site to back up: has `migrate` run?")
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"radicale-vernieuwing-{stamp}.tar"
    # Written under another name first, so that an interrupted run leaves no file that
    # looks like a good backup.
    partial = archive.with_name(archive.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="rv-backup-") as work:
        work = Path(work)
        dump_database(work / database_file)
        (work / MANIFEST).write_text(json.dumps(site_manifest(database_file), indent=2))
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file, tarfile.open(fileobj=file, mode="w") as tar:
            tar.add(work / MANIFEST, MANIFEST)
            tar.add(work / database_file, database_file)
            if Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, MEDIA)
    partial.rename(archive)
    return archive


def site_manifest(database_file):
    try:
        version = metadata.version("radicale-vernieuwing")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return {
        "created": timezone.now().isoformat(timespec="seconds"),
        "database": connection.vendor,
        "database_file": database_file,
        "pages": Page.objects.filter(depth__gt=1).count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "app_version": version,
        "wagtail_version": wagtail.__version__,
    }


def dump_database(path):
    if connection.vendor == "postgresql":
        run_postgres_tool("pg_dump", "--format=custom", "--no-owner", f"--file={path}")
    else:
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()


def restore_backup(archive, force=False):
    """Restore an archive made by create_backup: first the database, then the media files.
    Refuses a database that already has tables unless force, which replaces its contents.
    Returns the archive's manifest."""
    archive = Path(archive)
    if not archive.is_file():
        raise CommandError(f"No backup at {archive}.")
    with tarfile.open(archive) as tar, tempfile.TemporaryDirectory(prefix="rv-restore-") as work:
        manifest = read_manifest(tar)
        if manifest["database"] != connection.vendor:
            raise CommandError(
                f"This backup is of a {manifest['database']} database, but the site now uses "
                f"{connection.vendor}: restore it into a {manifest['database']} database."
            )
        refuse_unless_empty(force)
        tar.extract(manifest["database_file"], work, filter="data")
        load_database(Path(work) / manifest["database_file"], force)
        restore_media(tar)
    # Fragments cached before the restore describe another site.
    bump_content_version()
    return manifest


def read_manifest(tar):
    try:
        return json.load(tar.extractfile(MANIFEST))
    except KeyError:
        raise CommandError("This file is not a site backup: it has no manifest.json.") from None


def refuse_unless_empty(force):
    tables = connection.introspection.table_names()
    if not tables or force:
        return
    pages = Page.objects.count() if Page._meta.db_table in tables else 0
    raise CommandError(
        f"The database is not empty ({len(tables)} tables, {pages} pages). Restore into an "
        "empty database, or add --force to replace everything in it by the backup."
    )


def load_database(path, force):
    # Nothing of ours may hold a transaction or a lock while the tables are replaced.
    connection.close()
    if connection.vendor == "postgresql":
        replace = ["--clean", "--if-exists"] if force else []
        run_postgres_tool(
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            *replace,
            str(path),
        )
    else:
        # The backup API replaces the whole database file, also the one Django has open.
        connection.ensure_connection()
        source = sqlite3.connect(path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()


def restore_media(tar):
    media_root = Path(settings.MEDIA_ROOT)
    members = []
    for member in tar.getmembers():
        if member.name.startswith(f"{MEDIA}/"):
            member.name = member.name.removeprefix(f"{MEDIA}/")
            members.append(member)
    media_root.mkdir(parents=True, exist_ok=True)
    # The "data" filter refuses absolute paths, links out of MEDIA_ROOT and device files.
    tar.extractall(media_root, members=members, filter="data")


def run_postgres_tool(program, *arguments):
    """Run pg_dump or pg_restore against the site's database. The password goes through the
    environment (PGPASSWORD, as Django's dbshell does), never on the command line."""
    executable = shutil.which(program)
    if executable is None:
        raise CommandError(
            f"{program} is not installed (Debian: apt-get install postgresql-client)."
        )
    database = connection.settings_dict
    _, environment = connection.client.settings_to_cmd_args_env(database, [])
    command = [executable]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command.append(f"{flag}={database[key]}")
    command += [f"--dbname={database['NAME']}", *arguments]
    result = subprocess.run(
        command, env={**os.environ, **(environment or {})}, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")
