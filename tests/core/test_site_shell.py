"""The shell around every page: languages, 404/500 pages, sitemap and robots.txt."""

import pytest
from django.test import override_settings


@pytest.mark.django_db
def test_dutch_home_page_is_served_at_the_root_in_dutch(client, home_pages):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Een beweging van zorgorganisaties." in html
    assert "Direct naar de inhoud" in html  # the skip link, in Dutch


@pytest.mark.django_db
def test_english_translation_is_served_under_en(client, home_pages):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "A movement of care organisations." in html
    assert "Skip to content" in html


@pytest.mark.django_db
def test_language_switcher_leads_to_the_translation_of_the_current_page(client, home_pages):
    dutch_html = client.get("/").content.decode()
    english_html = client.get("/en/").content.decode()
    assert '<a href="/en/" hreflang="en"' in dutch_html
    assert '<a href="/" hreflang="nl"' in english_html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/bestaat-niet/", "nl", "Pagina niet gevonden"), ("/en/missing/", "en", "Page not found")],
)
def test_missing_page_gives_a_404_in_the_visitors_language(
    client, home_pages, path, language, heading
):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html


@pytest.mark.django_db
def test_server_error_page_is_friendly_and_has_no_stack_trace(client, home_pages, monkeypatch):
    from home.models import HomePage

    def broken_serve(self, request, *args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    client.raise_request_exception = False
    response = client.get("/en/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Nothing you saved is lost" in html
    assert "RuntimeError" not in html and "Traceback" not in html


@pytest.mark.django_db
def test_sitemap_lists_the_home_page(client, home_pages):
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    assert b"<loc>http://localhost/</loc>" in response.content


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
@override_settings(LANGUAGE_CODE="nl")
def test_admin_login_page_is_reachable_outside_the_language_prefix(client):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/login/").status_code == 404


@pytest.mark.django_db
def test_staff_write_the_footer_texts_per_language_and_see_changes_at_once(client, home_pages):
    from core.models import SiteTexts
    from core.translation import translate_page

    dutch = SiteTexts.objects.create(
        locale=home_pages[0].locale, newsletter_title="Blijf bij", footer_text="Voettekst"
    )
    translate_page(dutch, home_pages[1].locale, {"Blijf bij": "Keep up", "Voettekst": "Footer"})
    assert "Blijf bij" in client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Keep up" in english and "Footer" in english

    dutch.footer_text = "Nieuwe voettekst"
    dutch.save()
    assert "Nieuwe voettekst" in client.get("/").content.decode()


@pytest.mark.django_db
def test_without_site_texts_the_footer_uses_the_built_in_wording(client, home_pages):
    assert "Blijf op de hoogte" in client.get("/").content.decode()
    assert "Stay informed" in client.get("/en/").content.decode()
