"""The old site's uploads as Wagtail images and documents, read from a local copy of
wp-content/uploads (--media-dir); nothing is fetched over the network.

An attachment in the export becomes an image or a document once; a file that articles
refer to only by its address (an export of posts alone has no attachments) is taken from
the copy when an article first uses it. A missing file is reported, never fatal.
"""

import hashlib
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from wordpress.convert import ImageRef
from wordpress.models import ImportedItem
from wordpress.wxr import old_site_host

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "avif"}
UPLOADS = "/wp-content/uploads/"
# WordPress's resized copies ("foto-1024x683.jpg") and big-image originals ("foto-scaled.jpg").
_SIZE_SUFFIX = re.compile(r"-(?:\d+x\d+|scaled|rotated)(?=\.[A-Za-z0-9]+$)")
COLLECTION_NAME = "WordPress"


def upload_path(url):
    """'https://host/wp-content/uploads/2024/03/foto.jpg' → '2024/03/foto.jpg', else None."""
    path = unquote(urlsplit(url.strip()).path)
    if UPLOADS not in path:
        return None
    relative = path.split(UPLOADS, 1)[1].strip("/")
    # Never outside the uploads folder: '..' in an address is refused, not followed.
    if not relative or ".." in PurePosixPath(relative).parts:
        return None
    return relative


def original_of(path):
    return _SIZE_SUFFIX.sub("", path)


def extension_of(path):
    return PurePosixPath(path).suffix.lower().lstrip(".")


class MediaLibrary:
    """Images and documents by attachment id or file address, importing them on first use."""

    def __init__(self, site, media_dir, report, files_written):
        self.site = site
        self.media_dir = Path(media_dir) if media_dir else None
        self.report = report
        self.files_written = files_written  # names in storage, removed again by a dry run
        self.context = ""  # the article being read, for the report
        self.missing_here = 0
        self._reported_here = set()
        self._records_here = {}
        self._collection = None

    @property
    def collection(self):
        if self._collection is None:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=COLLECTION_NAME).first()
            self._collection = found or root.add_child(name=COLLECTION_NAME)
        return self._collection

    def start(self, context):
        self.context, self.missing_here, self._reported_here = context, 0, set()
        self._records_here = {}

    # Attachments

    def import_attachment(self, item):
        """'imported', 'updated', 'unchanged', 'missing file' or 'skipped: …' for an attachment."""
        path = upload_path(UPLOADS + item.meta.get("_wp_attached_file", "")) or upload_path(
            item.attachment_url
        )
        if not path:
            return "skipped: no file"
        kind = self._kind(path)
        if kind is None:
            return f"skipped: .{extension_of(path)} files"
        record = ImportedItem.objects.filter(site=self.site, wp_id=item.wp_id).first()
        record = record or ImportedItem(site=self.site, wp_id=item.wp_id, kind="attachment")
        alt = item.meta.get("_wp_attachment_image_alt", "").strip()
        title = item.title.strip() or PurePosixPath(path).stem
        source = _digest(path, title, alt, item.excerpt)
        existing = record.image if kind == "image" else record.document
        if existing and record.source_checksum == source:
            return "unchanged"
        record.upload_path, record.caption = path, item.excerpt.strip()
        record.source_checksum = source
        if existing:
            existing.title = title[:255]
            if kind == "image":
                existing.description = alt[:255]
            existing.save()
            record.save()
            return "updated"
        created = self._create(kind, path, title, alt)
        record.image, record.document = (created, None) if kind == "image" else (None, created)
        record.complete = created is not None
        record.save()
        if created is None:
            self.report.missing_media.add(f"{path} (attachment {item.wp_id})")
            return "missing file"
        return "imported"

    def _kind(self, path):
        extension = extension_of(path)
        if extension in IMAGE_EXTENSIONS:
            return "image"
        if extension in settings.WAGTAILDOCS_EXTENSIONS:
            return "document"
        return None

    def _file_on_disk(self, path):
        if self.media_dir is None:
            return None
        for candidate in dict.fromkeys([path, original_of(path)]):
            file_path = self.media_dir / candidate
            if file_path.is_file():
                return file_path
        return None

    def _create(self, kind, path, title, alt=""):
        file_path = self._file_on_disk(path)
        if file_path is None:
            return None
        with file_path.open("rb") as handle:
            if kind == "image":
                obj = get_image_model()(
                    title=title[:255], description=alt[:255], collection=self.collection
                )
                obj.file = ImageFile(handle, name=file_path.name)
                obj._set_image_file_metadata()
            else:
                obj = get_document_model()(title=title[:255], collection=self.collection)
                obj.file = File(handle, name=file_path.name)
                obj.file_size = file_path.stat().st_size
                obj._set_file_hash()
            obj.save()
        self.files_written.append(obj.file.name)
        return obj

    # Lookups for articles

    def _record_for(self, attachment_id, path):
        # An article's featured image is often in its text too: looked up once per article.
        key = (attachment_id, path)
        if key not in self._records_here:
            self._records_here[key] = self._find_record(attachment_id, path)
        return self._records_here[key]

    def _find_record(self, attachment_id, path):
        records = ImportedItem.objects.filter(site=self.site).select_related("image", "document")
        if attachment_id:
            found = records.filter(wp_id=attachment_id).first()
            if found:
                return found
        if path:
            candidates = list(dict.fromkeys([path, original_of(path)]))
            found = {
                record.upload_path: record for record in records.filter(upload_path__in=candidates)
            }
            return next((found[candidate] for candidate in candidates if candidate in found), None)
        return None

    def _found_by_address(self, kind, path):
        """A file that an article names but the export has no attachment for."""
        created = self._create(kind, path, PurePosixPath(original_of(path)).stem)
        if created is None:
            return None
        self._records_here.clear()  # it is found from now on
        ImportedItem.objects.create(
            site=self.site,
            kind="attachment",
            upload_path=original_of(path),
            image=created if kind == "image" else None,
            document=created if kind == "document" else None,
        )
        return created

    def _missing(self, what):
        self.missing_here += 1
        if what not in self._reported_here:  # a featured image used in the text too: once
            self._reported_here.add(what)
            self.report.missing_media.add(f"{what}, in {self.context}")

    def image(self, attachment_id, url):
        """The image of an attachment id or an uploads address, or None (reported)."""
        path = upload_path(url) if url else None
        if url and not self._is_old_site(url):
            self._missing(f"image from another site, not copied: {url}")
            return None
        record = self._record_for(attachment_id, path)
        if record and record.image_id:
            return ImageRef(record.image_id, record.caption)
        if record is None and path and self._kind(path) == "image":
            created = self._found_by_address("image", path)
            if created:
                return ImageRef(created.pk)
        where = (record and record.upload_path) or path or url or f"attachment {attachment_id}"
        self._missing(where)
        return None

    def document(self, url):
        """The document of an uploads address, or None: not a document, or missing (reported)."""
        path = upload_path(url) if url else None
        if not path or self._kind(path) != "document" or not self._is_old_site(url):
            return None
        record = self._record_for(None, path)
        if record and record.document_id:
            return record.document_id
        if record is None:
            created = self._found_by_address("document", path)
            if created:
                return created.pk
        self._missing(path)
        return None

    def file_url(self, url):
        """Where an uploaded image now lives, for a text link to the image file itself."""
        path = upload_path(url)
        record = self._record_for(None, path) if path else None
        return record.image.file.url if record and record.image else None

    def _is_old_site(self, url):
        return url.startswith("/") or old_site_host(url) == self.site


def _digest(*parts):
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
