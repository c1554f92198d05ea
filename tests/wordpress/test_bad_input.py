"""Bad input never crashes the import: a broken file is refused in one line before anything
is written, and an odd post is imported or reported while the rest goes on."""

import io
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from news.models import NewsPage
from tests.wordpress.conftest import import_wordpress


def export_with(*items, version="1.2"):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/{version}/">
<channel>
<title>Radicale vernieuwing</title>
<wp:wxr_version>{version}</wp:wxr_version>
<wp:base_site_url>https://www.radicalevernieuwing.nl</wp:base_site_url>
{"".join(items)}
</channel>
</rss>
"""


def post(wp_id, title, content, slug="", status="publish", extra=""):
    return f"""<item><title><![CDATA[{title}]]></title>
<link>https://www.radicalevernieuwing.nl/actueel/{slug}/</link>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{wp_id}</wp:post_id><wp:post_date><![CDATA[2024-05-01 10:00:00]]></wp:post_date>
<wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status><![CDATA[{status}]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>{extra}</item>
"""


@pytest.fixture
def write_export(tmp_path):
    def write(text):
        path = tmp_path / "export.xml"
        path.write_text(text)
        return path

    return write


def test_invalid_xml_is_refused_in_one_line_with_its_line_number(wordpress_site, write_export):
    good = post(1, "Een goed bericht", "Tekst.", slug="goed")
    broken = export_with(good, "<item><title>Kapot & fout</title></item>")
    pages_before = Page.objects.count()
    with pytest.raises(CommandError) as error:
        import_wordpress(export=write_export(broken), media_dir=None)
    message = str(error.value)
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "Kapot & fout" in text)
    assert "\n" not in message
    assert f"not valid XML at line {line}, column" in message
    assert Page.objects.count() == pages_before  # the good post before it was not written


def test_a_file_that_is_not_a_wordpress_export_is_refused(wordpress_site, write_export):
    rss = '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>'
    with pytest.raises(CommandError, match="not a WordPress export"):
        import_wordpress(export=write_export(rss), media_dir=None)
    with pytest.raises(CommandError, match="starts with <html>"):
        import_wordpress(export=write_export("<html><body>Export</body></html>"), media_dir=None)


def test_an_entity_bomb_is_refused_before_it_expands(wordpress_site, write_export):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<rss><channel><title>&c;</title></channel></rss>"
    )
    with pytest.raises(CommandError, match="refused: the file declares XML entities"):
        import_wordpress(export=write_export(bomb), media_dir=None)


def test_odd_posts_are_imported_or_reported_and_the_rest_goes_on(wordpress_site, write_export):
    huge = "\n\n".join(
        f"Alinea {number} over zorg die om mensen draait." for number in range(40_000)
    )
    export = export_with(
        post(1, "", "Een bericht zonder titel. Het gaat over de regio.", slug="zonder-titel"),
        post(2, "Dubbel", "De eerste met deze naam.", slug="dubbel"),
        post(3, "Dubbel", "De tweede met deze naam.", slug="dubbel"),
        post(4, "Heel lang", huge, slug="heel-lang"),
        post(5, "Vorm", '[gravityform id="1"] Meld je aan.', slug="vorm"),
        post(
            6, "Kapotte HTML", "<p>Open <b>vet <i>schuin</p><div><table><tr><td>cel", slug="kapot"
        ),
        post(7, "Feest 🎉 in Utrecht", "Taart voor iedereen 🎂.", slug="feest"),
        post(
            8,
            "Met wachtwoord",
            "Geheim.",
            slug="geheim",
            extra="<wp:post_password>x</wp:post_password>",
        ),
        post(9, "Leeg", "", slug="leeg"),
    )
    report = import_wordpress(export=write_export(export), media_dir=None)
    assert "post: imported 8, skipped: password-protected 1" in report
    titles = set(NewsPage.objects.values_list("title", flat=True))
    assert {"Een bericht zonder titel. Het gaat over de regio.", "Feest 🎉 in Utrecht"} <= titles
    assert NewsPage.objects.filter(title="Dubbel").count() == 2
    assert set(NewsPage.objects.filter(title="Dubbel").values_list("slug", flat=True)) == {
        "dubbel",
        "dubbel-2",
    }
    assert "post 3 “Dubbel”: slug “dubbel” already used; now “dubbel-2”" in report
    assert "post 1 “(no title)”: no title; imported as" in report
    assert "post 9 “Leeg”: no text; the title is the lead" in report
    assert "gravityform: 1" in report
    assert "Alinea 39999 over zorg" in str(NewsPage.objects.get(title="Heel lang").body.raw_data)
    assert not NewsPage.objects.filter(title="Met wachtwoord").exists()


def test_a_post_that_cannot_be_written_is_reported_and_the_others_are_imported(
    wordpress_site, write_export
):
    from wordpress import posts

    export = export_with(
        post(1, "Eerste", "Tekst.", slug="eerste"),
        post(2, "Onmogelijk", "ONLEESBAAR", slug="onmogelijk"),
        post(3, "Derde", "Tekst.", slug="derde"),
    )
    real_convert = posts.convert_content

    def convert_failing_on_the_second(content, resolver):
        if content == "ONLEESBAAR":
            raise ValueError("conversion failed")
        return real_convert(content, resolver)

    with mock.patch.object(posts, "convert_content", convert_failing_on_the_second):
        report = import_wordpress(export=write_export(export), media_dir=None)
    assert "post: imported 2, failed 1" in report
    assert "post 2 “Onmogelijk”: not imported: ValueError: conversion failed" in report
    assert set(NewsPage.objects.values_list("title", flat=True)) == {"Eerste", "Derde"}


def test_an_export_in_wxr_1_1_reads_the_same(wordpress_site, write_export):
    export = export_with(post(1, "Uit 2012", "Een oud bericht.", slug="uit-2012"), version="1.1")
    report = import_wordpress(export=write_export(export), media_dir=None)
    assert "(WXR 1.1, https://www.radicalevernieuwing.nl)" in report
    assert NewsPage.objects.get(title="Uit 2012").live


def test_without_the_uploads_folder_articles_come_over_and_their_photos_are_reported(
    wordpress_site,
):
    report = import_wordpress(media_dir=None)
    assert "attachment: missing file 3" in report
    assert "post: imported 2, imported as draft 1" in report
    assert "2024/03/startbijeenkomst.jpg, in post 101" in report


def test_a_mapping_file_gives_categories_their_theme(wordpress_site, tmp_path):
    _, themes = wordpress_site
    mapping = tmp_path / "themes.toml"
    mapping.write_text('[categories]\n"Nieuws" = "voorbij-sectoren"\n')
    report = import_wordpress("--theme-map", str(mapping))
    assert "Categories without a theme" not in report
    draft = NewsPage.objects.get(title="Verslag regiobijeenkomst Oost")
    assert [link.theme for link in draft.theme_links.all()] == [themes["Zorgzame gemeenschappen"]]

    mapping.write_text('[categories]\n"Nieuws" = "bestaat-niet"\n')
    with pytest.raises(CommandError, match="themes the site does not have .*bestaat-niet"):
        import_wordpress("--theme-map", str(mapping))
    mapping.write_text("[categories\n")
    with pytest.raises(CommandError, match=r"themes.toml: .*line 1"):
        import_wordpress("--theme-map", str(mapping))


def test_progress_is_shown_while_reading(wordpress_site):
    from tests.wordpress.conftest import EXPORT

    errors = io.StringIO()
    call_command("import_wordpress", str(EXPORT), stdout=io.StringIO(), stderr=errors)
    assert "Checking the export: 100%" in errors.getvalue()
    assert "Articles: 100%" in errors.getvalue()


def test_an_import_needs_a_news_overview_in_its_language(home_pages):
    with pytest.raises(CommandError, match="no news overview in language “nl”"):
        import_wordpress(media_dir=None)


def test_an_attachment_cannot_read_files_outside_the_uploads_folder(wordpress_site, tmp_path):
    from wagtail.documents import get_document_model

    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (tmp_path / "geheim.pdf").write_bytes(b"%PDF-1.4 not for the public")
    attachment = """<item><title>Geheim</title><wp:post_id>9</wp:post_id>
<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>https://www.radicalevernieuwing.nl/wp-content/uploads/../geheim.pdf</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key>
<wp:meta_value>../geheim.pdf</wp:meta_value></wp:postmeta></item>"""
    export = tmp_path / "export.xml"
    export.write_text(export_with(attachment))
    report = import_wordpress(export=export, media_dir=uploads)
    assert "attachment: skipped: no file 1" in report
    assert not get_document_model().objects.exists()
