"""A feed survives an image whose rendition file went missing (media restored without its
renditions): the item is still there, its enclosure says it cannot tell the size."""

import pytest
from wagtail.images import get_image_model

from tests.factories import make_image, make_news

pytestmark = pytest.mark.django_db


def test_the_feed_answers_when_a_rendition_file_is_missing(client, sections, settings):
    settings.PAGE_CACHE_SECONDS = 0  # each request renders the feed anew
    make_news(sections["news"], "Wijkteams met foto", image=make_image())
    first = client.get("/nieuws/feed/")
    assert first.status_code == 200
    assert b'length="0"' not in first.content

    rendition = get_image_model().objects.get().renditions.get()
    rendition.file.storage.delete(rendition.file.name)

    response = client.get("/nieuws/feed/")
    assert response.status_code == 200
    assert b"Wijkteams met foto" in response.content
    assert b'length="0"' in response.content
