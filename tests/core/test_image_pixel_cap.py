"""An image with more than 40 megapixels is refused at upload with a message in the
editor's language, because one rendition of a 120-megapixel PNG took 5 s and 1 GB."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

TOO_MANY_PIXELS = "Deze afbeelding bevat teveel pixels (40080000)"
MAXIMUM = "Het maximum aantal toegestane pixels is 40000000"


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    return client


def black_and_white_png(width, height):
    """A PNG of width x height pixels at one bit each: a few kilobytes on disk."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return SimpleUploadedFile("scan.png", buffer.getvalue(), content_type="image/png")


def test_an_image_just_over_40_megapixels_is_refused_with_a_dutch_message(editor):
    response = editor.post(
        "/admin/images/add/", {"title": "Scan", "file": black_and_white_png(8000, 5010)}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert TOO_MANY_PIXELS in html
    assert MAXIMUM in html
    assert not get_image_model().objects.exists()


def test_an_image_just_under_40_megapixels_is_accepted(editor):
    response = editor.post(
        "/admin/images/add/", {"title": "Scan", "file": black_and_white_png(8000, 4990)}
    )
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (8000, 4990)


def test_the_multiple_upload_refuses_it_with_the_same_message(editor):
    response = editor.post(
        "/admin/images/multiple/add/", {"files[]": black_and_white_png(8000, 5010)}
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert TOO_MANY_PIXELS in answer["error_message"]
    assert not get_image_model().objects.exists()
