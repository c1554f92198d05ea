"""News items and the news list, as a visitor reads them."""

import re
from datetime import date

import pytest

from tests.factories import make_image, make_news, make_participant, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes(sections):
    index = sections["themes"]
    return {
        "gemeenschappen": make_theme(index, "Zorgzame gemeenschappen", is_central=True),
        "sectoren": make_theme(index, "Voorbij sectoren", is_central=True),
    }


def test_staff_can_only_put_news_items_under_the_news_list(client, sections):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    news_index = sections["news"].pk
    item = make_news(sections["news"], "Bestaand bericht")
    add = "/admin/pages/add/{}/{}/"
    assert client.get(add.format("news/newspage", news_index)).status_code == 200
    refused = [
        add.format("news/newspage", sections["participants"].pk),
        add.format("news/newspage", item.pk),
        add.format("participants/participantpage", news_index),
        add.format("news/publicationpage", news_index),
    ]
    for url in refused:
        assert client.get(url).status_code in (302, 403), url
    # Asked to add a page to the news list, staff go straight to the news item form.
    choices = client.get(f"/admin/pages/{news_index}/add_subpage/")
    assert choices["Location"] == add.format("news/newspage", news_index)


def test_news_item_shows_date_line_lead_photo_credit_and_footer_links(client, sections, themes):
    item = make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[themes["gemeenschappen"]],
        keywords=["radicale vernieuwing", "ggz"],
        date=date(2025, 3, 20),
        lead="Zeven jaar na de start gaan de bewegingen samen verder.",
        image=make_image("Startbijeenkomst"),
        image_caption="De startbijeenkomst in Utrecht",
        image_credit="LOC Waardevolle zorg",
    )
    html = client.get(item.url).content.decode()
    assert "Geplaatst op" in html and "20 maart 2025" in html
    assert "Zeven jaar na de start" in html
    assert "Foto: LOC Waardevolle zorg" in html
    assert f'href="{themes["gemeenschappen"].url}"' in html
    assert 'href="/trefwoord/ggz/"' in html
    assert 'href="/trefwoord/radicale-vernieuwing/"' in html


def test_news_item_names_its_participants(client, sections, themes):
    gemiva = make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    item = make_news(
        sections["news"], "Werkbezoek", themes=[themes["gemeenschappen"]], participants=[gemiva]
    )
    html = client.get(item.url).content.decode()
    assert f'<a href="{gemiva.url}">Gemiva</a>' in html


def test_related_items_prefer_the_same_theme_then_the_newest(sections, themes):
    index = sections["news"]
    shared, other = themes["gemeenschappen"], themes["sectoren"]
    item = make_news(index, "Hoofdartikel", themes=[shared], date=date(2024, 1, 1))
    old_same = make_news(index, "Oud, zelfde thema", themes=[shared], date=date(2020, 1, 1))
    newest_other = make_news(index, "Nieuw, ander thema", themes=[other], date=date(2025, 1, 1))
    middle_other = make_news(index, "Midden, ander", themes=[other], date=date(2023, 1, 1))
    make_news(index, "Oudste, ander", themes=[other], date=date(2019, 1, 1))

    related = list(item.related_items())
    assert [page.title for page in related] == [
        old_same.title,
        newest_other.title,
        middle_other.title,
    ]


def _titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_news_list_is_newest_first_with_twelve_a_page(client, sections, themes):
    for day in range(1, 15):
        make_news(
            sections["news"],
            f"Bericht {day:02d}",
            themes=[themes["sectoren"]],
            date=date(2024, 5, day),
        )
    first = client.get(sections["news"].url).content.decode()
    assert _titles(first)[:2] == ["Bericht 14", "Bericht 13"]
    assert len(_titles(first)) == 12
    second = client.get(sections["news"].url + "?page=2").content.decode()
    assert _titles(second) == ["Bericht 02", "Bericht 01"]


def test_filters_combine_and_survive_pagination(client, sections, themes):
    index = sections["news"]
    for day in range(1, 15):
        make_news(
            index,
            f"Gemeenschap 2023 {day:02d}",
            themes=[themes["gemeenschappen"]],
            keywords=["zorgonderwijs"],
            date=date(2023, 6, day),
        )
    make_news(
        index,
        "Gemeenschap 2022",
        themes=[themes["gemeenschappen"]],
        keywords=["zorgonderwijs"],
        date=date(2022, 6, 1),
    )
    make_news(
        index,
        "Sectoren 2023",
        themes=[themes["sectoren"]],
        keywords=["zorgonderwijs"],
        date=date(2023, 6, 20),
    )
    make_news(
        index,
        "Zonder trefwoord",
        themes=[themes["gemeenschappen"]],
        date=date(2023, 6, 21),
    )

    query = f"?theme={themes['gemeenschappen'].slug}&keyword=zorgonderwijs&year=2023"
    first = client.get(index.url + query).content.decode()
    assert "14 berichten" in first
    assert set(_titles(first)) <= {f"Gemeenschap 2023 {day:02d}" for day in range(1, 15)}
    next_link = re.search(r'<a rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert "theme=zorgzame-gemeenschappen" in next_link and "year=2023" in next_link
    second = client.get(index.url + next_link).content.decode()
    assert len(_titles(second)) == 2
    assert "Sectoren 2023" not in first + second and "Zonder trefwoord" not in first + second


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=999", "?year=twintig", "?theme=bestaat-niet"]
)
def test_odd_query_parameters_give_the_list_not_an_error(client, sections, themes, query):
    make_news(sections["news"], "Eén bericht", themes=[themes["sectoren"]])
    response = client.get(sections["news"].url + query)
    assert response.status_code == 200
    assert "Eén bericht" in response.content.decode()


def test_list_cards_offer_responsive_modern_images_with_their_size(client, sections, themes):
    make_news(
        sections["news"],
        "Met foto",
        themes=[themes["sectoren"]],
        image=make_image(size=(1600, 900)),
    )
    html = client.get(sections["news"].url).content.decode()
    picture = html[html.index("<picture") : html.index("</picture>")]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w"', picture)
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'loading="lazy"' in picture
