"""A news item's "Download artikel als PDF": the article alone, in its language, rendered
once per published revision, and only for pages the public may see."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from printable import rendering
from printable.rendering import SiteFilesFetcher
from tests.conftest import SHARED_SITE
from tests.factories import make_image, make_news

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]
# A cached PDF: the site, Wagtail's walk down to the page, the privacy check; never a
# rendering. The walk costs what a page's own address costs, however large the archive.
CACHED_PDF_BUDGET = 10


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def renderings(monkeypatch):
    """Counts WeasyPrint renderings."""
    calls = []
    real = rendering.render_pdf

    def counting(html, base_url):
        calls.append(html)
        return real(html, base_url)

    monkeypatch.setattr(rendering, "render_pdf", counting)
    return calls


def test_news_item_links_to_its_pdf(client, bilingual):
    dutch, english = bilingual
    html = client.get(dutch["news"].url).content.decode()
    assert f'href="{dutch["news"].url}pdf/"' in html
    assert "Download artikel als PDF" in html
    html = client.get(english["news"].url).content.decode()
    assert f'href="{english["news"].url}pdf/"' in html
    assert "Download as PDF" in html


def test_pdf_holds_title_date_lead_themes_keywords_and_source(client, bilingual):
    news = bilingual[0]["news"]
    response = client.get(news.pdf_url)
    text = pdf_text(response)
    assert "Bewegingen bundelen krachten" in text
    assert "Inleiding bij Bewegingen bundelen krachten." in text
    assert "Geplaatst op 20 maart 2025" in text
    assert "Thema's: Zorgzame gemeenschappen" in text
    assert "Trefwoorden: zorgonderwijs" in text
    assert news.get_full_url() in text
    assert "Radicale vernieuwing" in text
    assert "Pagina 1 van 1" in text
    # Nothing of the site around the article: no menu, search or newsletter.
    assert "Zoeken" not in text and "nieuwsbrief" not in text.lower()


def test_pdf_is_an_attachment_named_after_the_slug_and_cached_like_a_page(client, bilingual):
    news = bilingual[0]["news"]
    response = client.get(news.pdf_url)
    assert response["Content-Disposition"] == f'attachment; filename="{news.slug}.pdf"'
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control
    assert "s-maxage=300" in cache_control


def test_english_item_gives_the_english_pdf(client, bilingual):
    english = bilingual[1]["news"]
    response = client.get(english.pdf_url)
    text = pdf_text(response)
    assert "Movements join forces" in text
    assert "The movements go on together." in text
    assert "Posted on 20 March 2025" in text
    assert "Themes: Caring communities" in text
    assert "Page 1 of 1" in text
    assert "Bewegingen" not in text
    assert response["Content-Disposition"] == 'attachment; filename="movements-join-forces.pdf"'


def test_body_images_and_captions_come_from_the_site_itself(client, bilingual, sections):
    news = make_news(
        sections["news"],
        "Een dag in de wijk",
        image=make_image("Hoofdfoto", size=(800, 450)),
        image_caption="Bewoners aan tafel",
        image_credit="Anne Fotograaf",
        body=[
            ("paragraph", "<p>Eerste alinea over de wijk.</p>"),
            ("heading", {"text": "Samen koken", "level": "h2"}),
            (
                "image",
                {"image": make_image("Keuken", size=(600, 400)), "caption": "In de keuken"},
            ),
            ("quote", {"text": "Hier hoort iedereen erbij.", "speaker": "Een bewoner"}),
        ],
    )
    response = client.get(news.pdf_url)
    text = pdf_text(response)
    for expected in [
        "Bewoners aan tafel",
        "Foto: Anne Fotograaf",
        "Eerste alinea over de wijk.",
        "Samen koken",
        "In de keuken",
        "Hier hoort iedereen erbij.",
    ]:
        assert expected in text
    images = PdfReader(io.BytesIO(response.content)).pages[0].images
    assert len(images) == 2


def test_second_request_is_not_rendered_again(client, bilingual, renderings, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the PDF's own cache, not the page cache
    news = bilingual[0]["news"]
    first = client.get(news.pdf_url)
    assert len(renderings) == 1
    with CaptureQueriesContext(connection) as queries:
        second = client.get(news.pdf_url)
    assert len(renderings) == 1
    assert second.content == first.content
    assert len(queries) <= CACHED_PDF_BUDGET, [query["sql"] for query in queries]


def test_publishing_another_page_keeps_the_pdf(client, bilingual, renderings):
    dutch = bilingual[0]
    client.get(dutch["news"].pdf_url)
    dutch["publication"].save_revision().publish()
    client.get(dutch["news"].pdf_url)
    assert len(renderings) == 1


def test_a_new_publish_gives_a_new_pdf(client, bilingual, renderings):
    news = bilingual[0]["news"]
    assert "Bewegingen bundelen krachten" in pdf_text(client.get(news.pdf_url))
    news.title = "Bewegingen bundelen hun krachten"
    news.save_revision().publish()
    text = pdf_text(client.get(news.pdf_url))
    assert "Bewegingen bundelen hun krachten" in text
    assert len(renderings) == 2


def test_each_language_has_its_own_pdf_in_the_cache(client, bilingual, renderings):
    dutch, english = bilingual
    client.get(dutch["news"].pdf_url)
    client.get(english["news"].pdf_url)
    assert len(renderings) == 2


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_restricted_item_has_no_pdf_in_any_language(client, bilingual, kind):
    dutch, english = bilingual
    PageViewRestriction.objects.create(page=dutch["news"], restriction_type=kind, password="x")
    assert client.get(dutch["news"].pdf_url).status_code == 404
    assert client.get(english["news"].pdf_url).status_code == 404


def test_restricted_section_hides_the_pdfs_below_it(client, bilingual, sections):
    english_news = bilingual[1]["news"]
    PageViewRestriction.objects.create(
        page=sections["news"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(english_news.pdf_url).status_code == 404


def test_pdf_once_cached_is_gone_when_the_item_becomes_private(client, bilingual):
    news = bilingual[0]["news"]
    assert client.get(news.pdf_url).status_code == 200
    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.LOGIN, password=""
    )
    assert client.get(news.pdf_url).status_code == 404


def test_unpublished_item_and_its_draft_translation_have_no_pdf(client, bilingual):
    dutch, english = bilingual
    url = dutch["news"].pdf_url
    english_url = english["news"].pdf_url
    english["news"].unpublish()
    assert client.get(english_url).status_code == 404
    assert client.get(url).status_code == 200
    dutch["news"].unpublish()
    assert client.get(url).status_code == 404


def test_expired_item_has_no_pdf(client, bilingual):
    from django.utils import timezone

    news = bilingual[0]["news"]
    news.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    news.save()
    assert client.get(news.pdf_url).status_code == 404


def test_fetcher_reads_the_sites_media_and_static_files_and_nothing_else(bilingual):
    image = make_image("Klein")
    fetcher = SiteFilesFetcher("http://testserver/")
    response = fetcher(f"http://testserver{image.file.url}")
    assert response.content_type == "image/jpeg"
    assert response.read()[:2] == b"\xff\xd8"
    assert fetcher("http://testserver/static/favicon.svg").read().startswith(b"<svg")
    for refused in [
        f"http://elders.example{image.file.url}",
        "https://example.org/plaatje.png",
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        "http://testserver/admin/",
    ]:
        with pytest.raises(ValueError):
            fetcher(refused)


def test_publishing_purges_the_pdfs_from_a_cache_in_front(bilingual, settings, monkeypatch):
    from printable import signals

    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:1",
        }
    }
    purged = []
    monkeypatch.setattr(signals, "purge_urls_from_cache", purged.extend)
    monkeypatch.setattr("core.purge.purge_urls_from_cache", lambda urls: None)
    monkeypatch.setattr("core.purge.ban_pages_showing", lambda keys: None)
    dutch, english = bilingual
    dutch["news"].save_revision().publish()
    assert sorted(purged) == sorted(
        [dutch["news"].get_full_url() + "pdf/", english["news"].get_full_url() + "pdf/"]
    )


def test_a_drafts_preview_offers_no_pdf_that_would_not_be_found(client, bilingual, admin_client):
    news = bilingual[0]["news"]
    news.unpublish()
    assert client.get(news.pdf_url).status_code == 404
    preview = admin_client.get(f"/admin/pages/{news.pk}/view_draft/").content.decode()
    assert news.title in preview and "Download artikel als PDF" not in preview
