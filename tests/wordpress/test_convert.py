"""An article's WordPress HTML as page blocks, without a database: what a reader of the
new page would miss if the conversion lost it."""

from wordpress.convert import ImageRef, convert_content
from wordpress.text import split_credit, take_lead


class FakeSite:
    """Images 1–9 exist (with a caption), 404 does not; PDFs in uploads are document 7."""

    def image(self, attachment_id, url):
        if attachment_id == 404 or "ontbreekt" in url:
            return None
        return ImageRef(attachment_id or 1, "Bijschrift uit de mediabibliotheek")

    def document(self, url):
        return 7 if "/wp-content/uploads/" in url and url.endswith(".pdf") else None

    def link(self, href):
        if href.startswith("javascript:"):
            return None
        if "radicalevernieuwing.nl/actueel/" in href:
            return ("page", 42)
        return ("url", href)


def blocks_of(content):
    return convert_content(content, FakeSite()).blocks


def test_classic_paragraphs_become_rich_text_with_bold_and_line_breaks():
    (paragraph,) = blocks_of("Eerste <strong>zin</strong>.\nTweede regel.\n\nNieuwe alinea.")
    assert paragraph["type"] == "paragraph"
    assert paragraph["value"] == (
        "<p>Eerste <b>zin</b>.<br/>\nTweede regel.</p><p>Nieuwe alinea.</p>"
    )


def test_caption_shortcode_gives_an_image_with_caption_and_photo_credit():
    content = (
        '[caption id="attachment_5" width="800"]<a href="x.jpg"><img class="wp-image-5" '
        'src="https://www.radicalevernieuwing.nl/wp-content/uploads/a-800x600.jpg" /></a> '
        "Johan Dreesen (voorgrond). Foto: Douwe Dronkert[/caption]"
    )
    assert blocks_of(content) == [
        {
            "type": "image",
            "value": {
                "image": 5,
                "caption": "Johan Dreesen (voorgrond).",
                "credit": "Douwe Dronkert",
            },
        }
    ]


def test_a_foto_line_that_describes_the_picture_stays_the_caption():
    text = "Foto: de startbijeenkomst heeft een gouden randje. Het is feest."
    assert split_credit(text) == (text, "")
    assert split_credit("Jorgen Bunte (links). (Foto: Marco van Alderwegen)") == (
        "Jorgen Bunte (links).",
        "Marco van Alderwegen",
    )


def test_block_editor_quote_video_list_file_and_gallery():
    pdf = "https://www.radicalevernieuwing.nl/wp-content/uploads/katern.pdf"
    content = f"""<!-- wp:quote --><blockquote class="wp-block-quote">
<p>Vraag het de mensen zelf.</p>
<cite>Susan Veenhoff, bestuurder Ons Tweede Thuis</cite></blockquote><!-- /wp:quote -->
<!-- wp:embed {{"url":"https://youtu.be/abc"}} --><figure class="wp-block-embed"><div
class="wp-block-embed__wrapper">https://youtu.be/abc</div></figure><!-- /wp:embed -->
<!-- wp:list --><ul><li>een</li><li>twee<ul><li>drie</li></ul></li></ul><!-- /wp:list -->
<!-- wp:file --><div class="wp-block-file"><a href="{pdf}">Katern</a></div><!-- /wp:file -->
<!-- wp:gallery --><figure class="wp-block-gallery">
<figure class="wp-block-image"><img class="wp-image-2" src="a.jpg"/>
<figcaption>Een</figcaption></figure>
<figure class="wp-block-image"><img class="wp-image-3" src="b.jpg"/></figure>
</figure><!-- /wp:gallery -->"""
    assert [(block["type"], block["value"]) for block in blocks_of(content)] == [
        (
            "quote",
            {
                "text": "Vraag het de mensen zelf.",
                "speaker": "Susan Veenhoff",
                "role": "bestuurder Ons Tweede Thuis",
            },
        ),
        ("video", "https://youtu.be/abc"),
        ("paragraph", "<ul><li>een</li><li>twee<ul><li>drie</li></ul></li></ul>"),
        ("document", {"document": 7, "title": "Katern"}),
        ("image", {"image": 2, "caption": "Een", "credit": ""}),
        (
            "image",
            {"image": 3, "caption": "Bijschrift uit de mediabibliotheek", "credit": ""},
        ),
    ]


def test_a_youtube_player_becomes_a_video_by_its_watch_address():
    (video,) = blocks_of('<iframe src="https://www.youtube.com/embed/xyz?rel=0"></iframe>')
    assert video == {"type": "video", "value": "https://www.youtube.com/watch?v=xyz"}


def test_what_has_no_block_is_kept_as_text_and_counted():
    conversion = convert_content(
        "<table><tr><th>Regio</th></tr><tr><td>Oost</td></tr></table>\n\n"
        '<form>Vul uw naam in</form>\n\n[contact-form-7 id="3"]\n\n'
        "<script>alert(1)</script>"
        '<iframe src="https://maps.example.org/kaart"></iframe>',
        FakeSite(),
    )
    text = " ".join(str(block["value"]) for block in conversion.blocks)
    for kept in ("Regio", "Oost", "Vul uw naam in", '[contact-form-7 id="3"]', "maps.example.org"):
        assert kept in text
    assert "alert" not in text
    assert conversion.unknown_shortcodes == {"contact-form-7"}
    assert set(conversion.kept_as_text) == {
        "table (kept as rows of text)",
        "<form>",
        "<script> (left out)",
        "embed from maps.example.org (kept as a link)",
    }


def test_links_to_old_articles_become_page_links_and_unsafe_ones_lose_their_address():
    (paragraph,) = blocks_of(
        '<p>Lees <a href="https://www.radicalevernieuwing.nl/actueel/x/">dit</a> en '
        '<a href="javascript:alert(1)">niet dit</a>.</p>'
    )
    assert paragraph["value"] == '<p>Lees <a linktype="page" id="42">dit</a> en niet dit.</p>'


def test_a_missing_image_keeps_its_caption_as_text():
    content = (
        '<figure><img class="wp-image-404" src="ontbreekt.jpg"/>'
        "<figcaption>Het team</figcaption></figure>"
    )
    assert blocks_of(content) == [{"type": "paragraph", "value": "<p><i>Het team</i></p>"}]


def test_lead_is_the_first_paragraph_after_the_date_line_and_leaves_the_body():
    blocks = blocks_of("Geplaatst op 20 maart 2025\n\nDe opening.\n\nHet vervolg.")
    lead, body = take_lead(blocks)
    assert lead == "De opening."
    assert body == [{"type": "paragraph", "value": "<p>Het vervolg.</p>"}]
    lead, body = take_lead(blocks_of("De opening.\n\nHet vervolg."), excerpt="<p>Samenvatting</p>")
    assert lead == "Samenvatting"
    assert "De opening." in body[0]["value"]


def test_broken_html_and_emoji_come_through():
    (paragraph,) = blocks_of("<p>Open <b>vet <i>schuin</p><div>🎉 feest")
    assert "Open" in paragraph["value"] and "🎉 feest" in paragraph["value"]
