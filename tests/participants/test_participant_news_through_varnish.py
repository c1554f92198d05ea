"""With Varnish in front (operations/varnish/site.vcl), a participant's kept page is dropped
the moment a news item or a publication naming the participant is published or taken
offline."""

from tests.core.test_varnish import get, varnish  # noqa: F401  (the fixture)
from tests.factories import make_news, make_publication


def test_a_kept_participant_page_shows_a_new_item_naming_it_at_once(
    transactional_db,
    bilingual,
    varnish,  # noqa: F811
):
    dutch, english = bilingual
    gemiva = dutch["participant"]
    for page in (gemiva, english["participant"]):
        get(varnish + page.url)
        assert get(varnish + page.url)[1], f"{page.url} is kept by Varnish"

    item = make_news(dutch["news"].get_parent(), "Werkbezoek aan Gemiva", participants=[gemiva])
    html, from_varnish = get(varnish + gemiva.url)
    assert not from_varnish and "Werkbezoek aan Gemiva" in html

    english["news"].unpublish()  # it names Gemiva too, through its Dutch original's link
    html, from_varnish = get(varnish + english["participant"].url)
    assert not from_varnish and english["news"].title not in html
    assert item.live


def test_a_kept_participant_page_shows_a_new_publication_naming_it_at_once(
    transactional_db,
    bilingual,
    varnish,  # noqa: F811
):
    dutch, _ = bilingual
    gemiva = dutch["participant"]
    get(varnish + gemiva.url)
    assert get(varnish + gemiva.url)[1], f"{gemiva.url} is kept by Varnish"

    guide = make_publication(
        dutch["publication"].get_parent(), "Gids voor gastvrije zorg", participants=[gemiva]
    )
    html, from_varnish = get(varnish + gemiva.url)
    assert not from_varnish and "Gids voor gastvrije zorg" in html

    guide.unpublish()
    html, from_varnish = get(varnish + gemiva.url)
    assert not from_varnish and "Gids voor gastvrije zorg" not in html
