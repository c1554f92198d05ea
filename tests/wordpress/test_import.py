"""The old site's export imported as an editor and a reader would check it: the same
articles once, their photos, downloads, themes and keywords, drafts kept back, private
posts never shown, and a report whose counts match the export."""

import os
import re
from pathlib import Path

from django.conf import settings
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from news.models import NewsPage
from tests.wordpress.conftest import EXPORT, import_wordpress
from wordpress.models import ImportedItem


def news(title):
    return NewsPage.objects.get(title=title)


def what_is_stored():
    media_files = sorted(
        str(Path(folder) / name)
        for folder, _, names in os.walk(settings.MEDIA_ROOT)
        for name in names
    )
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "redirects": sorted(Redirect.objects.values_list("old_path", flat=True)),
        "tags": sorted(Tag.objects.values_list("name", flat=True)),
        "records": ImportedItem.objects.count(),
        "files": media_files,
    }


def test_importing_twice_gives_the_same_pages_once(wordpress_site):
    first_report = import_wordpress()
    after_first = what_is_stored()
    second_report = import_wordpress()
    assert what_is_stored() == after_first
    titles = sorted(NewsPage.objects.values_list("title", flat=True))
    assert titles == [
        "Beweging bespreekt de plannen voor 2022",
        "Verslag regiobijeenkomst Oost",
        "Vier sectoren, één beweging",
    ]
    assert "post: imported 2, imported as draft 1, skipped: private 1" in first_report
    assert "post: unchanged 3, skipped: private 1" in second_report
    assert "attachment: unchanged 2, missing file 1" in second_report


def test_dry_run_writes_nothing_and_reports_what_an_import_would_do(wordpress_site):
    before = what_is_stored()
    dry_report = import_wordpress("--dry-run")
    assert what_is_stored() == before
    assert "DRY RUN: nothing was written" in dry_report
    real_report = import_wordpress()

    def without_run_details(report):
        return [line for line in report.splitlines() if not line.startswith(("DRY RUN", "Done"))]

    assert without_run_details(dry_report) == without_run_details(real_report)


def test_the_report_counts_what_the_export_holds(wordpress_site):
    report = import_wordpress()
    for line in [
        "WordPress import of radicalevernieuwing.xml (WXR 1.2, https://www.radicalevernieuwing.nl)",
        "  post: imported 2, imported as draft 1, skipped: private 1",
        "  attachment: imported 2, missing file 1",
        "  page: not imported 1",
        "  nav_menu_item: skipped 1",
        "  comments: 2 counted",  # a pingback is not a comment
        "Links to old-site articles rewritten to pages: 2",
        "  Nieuws: 1",  # the category that has no theme
        "  2021/10/werkbezoek.jpg (attachment 203)",
        "  2021/10/werkbezoek.jpg, in post 102 “Beweging bespreekt de plannen voor 2022”",
        "  table (kept as rows of text): 1",
        "  contact-form-7: 1",
        "  “Over de beweging”: https://www.radicalevernieuwing.nl/over-de-beweging/",
    ]:
        assert line in report
    assert report.count("werkbezoek.jpg") == 2  # the attachment, and once for its article


def test_the_article_reads_as_it_did_with_its_photo_quote_and_download(client, wordpress_site):
    import_wordpress()
    page = news("Vier sectoren, één beweging")
    assert page.url == "/nieuws/vier-sectoren-een-beweging/"
    assert page.lead.startswith("Organisaties uit de ouderenzorg, de ggz")
    assert (page.image_caption, page.image_credit) == (
        "Deelnemers uit vier sectoren aan één tafel in Utrecht.",
        "Douwe Dronkert",
    )
    assert page.image.file.read(2) == b"\xff\xd8"  # the JPEG from the uploads folder
    html = client.get(page.url).content.decode()
    assert "Geplaatst op" in html and "5 maart 2024" in html
    assert "Geplaatst op" not in page.body.render_as_block()  # the old date line left the body
    assert '<span class="credit">Foto: Douwe Dronkert</span>' in html
    # The text opened with the featured photo: the page shows it once, above the text.
    assert html.count("Foto: Douwe Dronkert") == 1
    assert [block.block_type for block in page.body][:1] == ["heading"]
    assert "Juist de fouten die we met elkaar delen" in html and "Susan Veenhoff" in html
    assert '<h2 id="leren-van-elkaar"' in html or ">Leren van elkaar</h2>" in html
    assert "🎉" in html and '[contact-form-7 id="12" title="Aanmelden"]' in html
    # The link to the article that came later in the file leads to its new page.
    assert '<a href="/nieuws/beweging-plannen-2022/">de najaarsbijeenkomst van 2021</a>' in html
    download = re.search(r'href="(/documenten/[^"]+)"', html).group(1)
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"%PDF"


def test_themes_keywords_and_participants_appear_in_the_footer(client, wordpress_site):
    Tag.objects.create(name="zorgonderwijs")  # the site's own keyword, written in lower case
    import_wordpress()
    html = client.get(news("Vier sectoren, één beweging").url).content.decode()
    footer = html[html.index('class="taxonomy"') :]
    assert '<a href="/themas/zorgzame-gemeenschappen/">Zorgzame gemeenschappen</a>' in footer
    assert '<a href="/themas/voorbij-sectoren/">Voorbij sectoren</a>' in footer
    assert 'href="/trefwoord/radicale-vernieuwing/" rel="tag">radicale vernieuwing</a>' in footer
    assert 'rel="tag">gehandicaptenzorg</a>' in footer
    assert "Gemiva" in html[html.index("participants-involved") :]
    later = news("Beweging bespreekt de plannen voor 2022")
    assert sorted(tag.name for tag in later.keywords.all()) == [
        "radicale vernieuwing",
        "zorgonderwijs",
    ]
    assert Tag.objects.filter(name__iexact="zorgonderwijs").count() == 1


def test_an_article_whose_photo_is_missing_is_imported_with_its_caption_as_text(wordpress_site):
    import_wordpress()
    page = news("Beweging bespreekt de plannen voor 2022")
    assert page.live and page.image is None
    assert page.lead == "Halfjaarlijkse ontmoeting van de beweging, weer gewoon aan tafel."
    body = str(page.body.raw_data)
    assert "<i>Op bezoek bij een woonlocatie. Foto: Ingrid Rebel</i>" in body
    earlier = news("Vier sectoren, één beweging")
    assert f'<a linktype="page" id="{earlier.pk}">de startbijeenkomst</a>' in body
    types = [block["type"] for block in page.body.raw_data]
    assert types == ["paragraph", "heading", "paragraph", "quote", "video", "paragraph", "document"]


def test_drafts_stay_drafts_and_private_posts_never_become_public(client, wordpress_site):
    import_wordpress()
    draft = news("Verslag regiobijeenkomst Oost")
    assert not draft.live and draft.has_unpublished_changes
    assert client.get(draft.url).status_code == 404
    assert not NewsPage.objects.filter(title="Interne notitie stuurgroep").exists()


def test_a_post_made_private_later_is_taken_offline(client, wordpress_site, tmp_path):
    import_wordpress()
    page = news("Vier sectoren, één beweging")
    assert client.get(page.url).status_code == 200
    changed = EXPORT.read_text().replace(
        "<wp:post_name><![CDATA[vier-sectoren-een-beweging]]></wp:post_name>\n"
        "\t\t<wp:status><![CDATA[publish]]>",
        "<wp:post_name><![CDATA[vier-sectoren-een-beweging]]></wp:post_name>\n"
        "\t\t<wp:status><![CDATA[private]]>",
    )
    assert changed != EXPORT.read_text()
    (tmp_path / "export.xml").write_text(changed)
    report = import_wordpress(export=tmp_path / "export.xml")
    assert "withdrawn (now private on the old site) 1" in report
    assert client.get(page.url).status_code == 404


def test_a_changed_post_is_updated_but_staff_edits_are_kept(wordpress_site, tmp_path):
    import_wordpress()
    export = tmp_path / "export.xml"
    export.write_text(EXPORT.read_text().replace("Vier sectoren, één beweging", "Vier sectoren"))
    report = import_wordpress(export=export)
    assert "post: updated 1, unchanged 2" in report
    page = NewsPage.objects.get(url_path__endswith="/vier-sectoren-een-beweging/")
    assert page.title == "Vier sectoren"

    page.title = "Vier sectoren samen"  # an editor improves the title on the new site
    page.save_revision().publish()
    export.write_text(EXPORT.read_text().replace("Vier sectoren, één beweging", "Vier"))
    report = import_wordpress(export=export)
    assert "kept: edited on the new site since the import 1" in report
    page.refresh_from_db()
    assert page.title == "Vier sectoren samen"


def test_english_posts_go_to_the_english_news(client, wordpress_site, locales):
    from core.translation import translate_page

    sections, _ = wordpress_site
    translate_page(sections["news"], locales[1], {"nieuws": "news"})
    import_wordpress("--language", "en")
    page = news("Vier sectoren, één beweging")
    assert page.locale.language_code == "en"
    assert page.url == "/en/news/vier-sectoren-een-beweging/"
    response = client.get("/actueel/vier-sectoren-een-beweging/")
    assert response["Location"] == "/en/news/vier-sectoren-een-beweging/"


def test_photos_named_only_in_the_text_are_brought_over_once(wordpress_site, tmp_path):
    from tests.wordpress.test_bad_input import export_with, post

    photo = "https://www.radicalevernieuwing.nl/wp-content/uploads/2024/03/startbijeenkomst"
    small, large = f'<img src="{photo}-300x200.jpg" />', f'<img src="{photo}.jpg" />'
    content = f"{small}\n\nTekst.\n\n{small}\n\n{large}"
    export = tmp_path / "export.xml"
    export.write_text(export_with(post(1, "Zonder bijlagen", content, slug="zonder")))
    import_wordpress(export=export)
    import_wordpress(export=export)
    page = news("Zonder bijlagen")
    images = [block["value"]["image"] for block in page.body.raw_data if block["type"] == "image"]
    assert len(images) == 3 and len(set(images)) == 1
    assert get_image_model().objects.count() == 1
