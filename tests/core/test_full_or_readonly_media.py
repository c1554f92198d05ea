"""When the media folder is full or read-only, an editor who uploads an image or a document
sees the upload form again with a clear message, not the visitors' 500 page; nothing is
saved, no half-written file stays behind, and what was stored before stays as it was."""

import errno
import io
import json
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import make_image, make_pdf

pytestmark = pytest.mark.django_db

MESSAGE = (
    "Het bestand kon niet worden opgeslagen: de opslag is vol of niet schrijfbaar. "
    "Er is niets bewaard; probeer het later opnieuw of neem contact op met de beheerder."
)
MODELS = {"images": get_image_model(), "documents": get_document_model()}
EDIT_URLS = {"images": "/admin/images/{}/", "documents": "/admin/documents/edit/{}/"}


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    return client


@pytest.fixture
def media(settings, tmp_path):
    """A media folder of its own, holding an image and a document uploaded earlier."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    make_image("Bestaande foto")
    make_pdf("Bestaand verslag")
    yield Path(settings.MEDIA_ROOT)
    for folder, _, _ in os.walk(settings.MEDIA_ROOT):
        os.chmod(folder, 0o755)  # so that tmp_path can be removed


def stored_files(media_root):
    return {path: path.read_bytes() for path in media_root.rglob("*") if path.is_file()}


def read_only(media_root, monkeypatch):
    for folder, _, _ in os.walk(media_root):
        os.chmod(folder, 0o555)
    if os.geteuid() == 0:
        # Root writes through a chmod: refuse new files there as the kernel refuses others.
        real_open = os.open

        def refusing_open(path, flags, *args, **kwargs):
            if str(path).startswith(str(media_root)) and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)


def full(media_root, monkeypatch):
    """The disk fills up halfway through writing a file, with ENOSPC."""
    real_fdopen = os.fdopen

    class FillingFile:
        def __init__(self, file):
            self.file = file

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            self.file.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def close(self):
            self.file.close()

    def filling_fdopen(fd, *args, **kwargs):
        return FillingFile(real_fdopen(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", filling_fdopen)


def new_file(kind):
    buffer = io.BytesIO()
    if kind == "images":
        PILImage.new("RGB", (640, 480), "teal").save(buffer, "JPEG")
        return SimpleUploadedFile("nieuw.jpg", buffer.getvalue(), content_type="image/jpeg")
    PILImage.new("RGB", (200, 280), "white").save(buffer, "PDF")
    return SimpleUploadedFile("nieuw.pdf", buffer.getvalue(), content_type="application/pdf")


def upload_one(client, kind):
    """What the editor reads after the upload form, as HTML."""
    response = client.post(f"/admin/{kind}/add/", {"title": "Nieuw", "file": new_file(kind)})
    assert response.status_code == 200
    return response.content.decode()


def upload_several(client, kind):
    """What the multiple upload shows under the file that failed."""
    response = client.post(f"/admin/{kind}/multiple/add/", {"files[]": new_file(kind)})
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    return answer["error_message"]


def upload_from_chooser(client, kind):
    """What the chooser's upload tab shows again, from a page or block being edited."""
    prefix = f"{kind[:-1]}-chooser-upload"
    response = client.post(
        f"/admin/{kind}/chooser/create/",
        {f"{prefix}-title": "Nieuw", f"{prefix}-file": new_file(kind)},
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["step"] == "reshow_creation_form"
    return answer["htmlFragment"]


def replace_file(client, kind):
    """What the editor reads after choosing a new file for the existing item."""
    item = MODELS[kind].objects.get()
    response = client.post(
        EDIT_URLS[kind].format(item.pk), {"title": item.title, "file": new_file(kind)}
    )
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", ["images", "documents"])
@pytest.mark.parametrize("upload", [upload_one, upload_several, upload_from_chooser, replace_file])
@pytest.mark.parametrize("failure", [read_only, full])
def test_a_failed_upload_shows_a_message_saves_nothing_and_leaves_no_file(
    editor, media, monkeypatch, kind, upload, failure
):
    # The editor opened the item before (which made the renditions its page shows).
    assert editor.get(EDIT_URLS[kind].format(MODELS[kind].objects.get().pk)).status_code == 200
    items_before = list(MODELS[kind].objects.values())
    files_before = stored_files(media)
    failure(media, monkeypatch)

    assert MESSAGE in upload(editor, kind)

    assert list(MODELS[kind].objects.values()) == items_before
    monkeypatch.undo()  # read the folder with the real os functions again
    assert stored_files(media) == files_before


def test_uploads_work_again_once_there_is_room(editor, media, monkeypatch):
    full(media, monkeypatch)
    upload_one(editor, "images")
    monkeypatch.undo()
    response = editor.post("/admin/images/add/", {"title": "Nieuw", "file": new_file("images")})
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Nieuw")
    assert image.file.read() == new_file("images").read()
