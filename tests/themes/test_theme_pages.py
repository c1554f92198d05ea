"""A theme page gathers, without editor work, everything that names the theme."""

from datetime import date

import pytest

from tests.factories import make_news, make_participant, make_publication, make_theme
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


def test_theme_page_lists_its_latest_news_publications_and_participants(client, sections):
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    other = make_theme(sections["themes"], "Zorgonderwijs")
    for year in (2019, 2020, 2021, 2022, 2023):
        make_news(sections["news"], f"Buurtnieuws {year}", themes=[theme], date=date(year, 1, 1))
    make_news(sections["news"], "Over onderwijs", themes=[other])
    make_publication(sections["publications"], "Katern gemeenschappen", themes=[theme])
    make_participant(
        sections["participants"], "Topaz", "Zorg in het verpleeghuis en thuis", themes=[theme]
    )
    make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg", themes=[other])

    html = client.get(theme.url).content.decode()

    assert "Buurtnieuws 2023" in html and "Buurtnieuws 2020" in html
    assert "Buurtnieuws 2019" not in html  # only the latest four
    assert html.index("Buurtnieuws 2023") < html.index("Buurtnieuws 2020")
    assert "Over onderwijs" not in html
    assert "Katern gemeenschappen" in html
    assert "Topaz" in html and "Gemiva" not in html
    assert f'href="{sections["news"].url}?theme=zorgzame-gemeenschappen"' in html
    assert f'href="{sections["publications"].url}?theme=zorgzame-gemeenschappen"' in html
    assert f'href="{sections["participants"].url}?theme=zorgzame-gemeenschappen"' in html


def test_theme_overview_shows_central_themes_first(client, sections):
    make_theme(sections["themes"], "Ruimte voor dementie")
    make_theme(sections["themes"], "Voorbij sectoren", is_central=True)
    html = client.get(sections["themes"].url).content.decode()
    assert html.index("Voorbij sectoren") < html.index("Ruimte voor dementie")


def test_staff_can_add_a_theme_under_the_theme_overview_only(client, sections):
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(staff)
    add_theme = "/admin/pages/add/themes/themepage/{}/"
    assert client.get(add_theme.format(sections["themes"].pk)).status_code == 200
    # Under another section the form is refused, and a theme is not among the choices.
    assert client.get(add_theme.format(sections["news"].pk)).status_code in (302, 403)
    # Asked to add a page there, staff go straight to the one type it takes: a news item.
    choices = client.get(f"/admin/pages/{sections['news'].pk}/add_subpage/")
    assert choices["Location"] == f"/admin/pages/add/news/newspage/{sections['news'].pk}/"
    assert ThemePage.objects.count() == 0
