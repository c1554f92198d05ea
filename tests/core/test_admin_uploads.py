"""Staff who upload the wrong file get a clear message, and nothing already saved changes."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    return client


def test_a_text_file_posing_as_a_photo_is_refused_with_a_message(editor):
    existing = make_image("Bestaande foto")
    fake = SimpleUploadedFile("foto.jpg", b"dit is geen foto", content_type="image/jpeg")
    response = editor.post("/admin/images/add/", {"title": "Foto", "file": fake})
    assert response.status_code == 200
    assert "Upload een geldige afbeelding." in response.content.decode()
    assert list(get_image_model().objects.values_list("pk", flat=True)) == [existing.pk]


def test_a_program_is_refused_as_a_document(editor):
    program = SimpleUploadedFile(
        "setup.exe", b"MZ\x90\x00", content_type="application/octet-stream"
    )
    response = editor.post("/admin/documents/add/", {"title": "Installatie", "file": program})
    assert response.status_code == 200
    assert "Bestandsextensie ‘exe’ is niet toegestaan." in response.content.decode()
    assert not get_document_model().objects.exists()
