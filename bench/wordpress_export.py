"""Write a large WordPress export (WXR 1.2) in the old site's shape, with its uploads folder.

    .venv/bin/python bench/wordpress_export.py --posts 4000 --out /tmp/wp-bench

writes /tmp/wp-bench/export.xml and /tmp/wp-bench/uploads/. Posts alternate between the
classic and the block editor and carry what the real ones do: a date line, a captioned photo
(one attachment per post, a tiny JPEG), headings, a quote, a list, a PDF download (one per
ten posts), links to earlier and later posts, categories, tags and a comment. One post in
fifty is a draft and one in a hundred private. bench/wordpress_bench.py imports it.
"""

import argparse
import io
import random
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from bench.corpus_words import DUTCH_COMMON  # noqa: E402

CATEGORIES = [
    ("zorgzame-gemeenschappen", "Zorgzame gemeenschappen"),
    ("voorbij-sectoren", "Voorbij sectoren"),
    ("vernieuwend-leren-en-verantwoorden", "Vernieuwend leren en verantwoorden"),
    ("nieuws", "Nieuws"),
]
TAGS = ["radicale vernieuwing", "gehandicaptenzorg", "ggz", "zorgonderwijs", "wijkzorg"]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"


def sentence(rng, words=14):
    text = " ".join(rng.choice(DUTCH_COMMON) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng) for _ in range(sentences))


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


class Export:
    def __init__(self, site, slug_prefix, posts, seed=1):
        self.site, self.prefix, self.posts = site, slug_prefix, posts
        self.rng = random.Random(seed)

    def slug(self, number):
        return f"{self.prefix}-bericht-{number}"

    def content(self, number, date):
        rng = self.rng
        picture = (
            f"{self.site}/wp-content/uploads/{date[:4]}/{date[5:7]}/foto-{number}-1024x683.jpg"
        )
        other = self.rng.randint(1, self.posts)
        day = f"{int(date[8:10])} {MONTHS.split()[int(date[5:7]) - 1]} {date[:4]}"
        link = f'<a href="{self.site}/actueel/{self.slug(other)}/">{sentence(rng, 4)[:-1]}</a>'
        pdf = f"{self.site}/wp-content/uploads/{date[:4]}/{date[5:7]}/katern-{number}.pdf"
        download = f'<a href="{pdf}">Download het katern</a>' if number % 10 == 0 else ""
        if number % 2:
            return "\n\n".join(
                [
                    f"Geplaatst op {day}",
                    paragraph(rng),
                    f'[caption id="attachment_{100000 + number}" width="1024"]<img '
                    f'class="wp-image-{100000 + number}" src="{picture}" /> {sentence(rng, 8)} '
                    f"Foto: {rng.choice(['Douwe Dronkert', 'Vera Jansweijer'])}[/caption]",
                    f"<h2>{sentence(rng, 4)[:-1]}</h2>\n{paragraph(rng)} Lees ook {link}.",
                    f"<blockquote>{sentence(rng)}\n— Marthijn Laterveer, LOC</blockquote>",
                    "<ul>\n<li>" + "</li>\n<li>".join(sentence(rng, 5) for _ in range(3)),
                    "</li>\n</ul>",
                    paragraph(rng),
                    download,
                ]
            )
        blocks = [
            f"<!-- wp:paragraph -->\n<p>{paragraph(rng)}</p>\n<!-- /wp:paragraph -->",
            f'<!-- wp:image {{"id":{100000 + number}}} -->\n<figure class="wp-block-image">'
            f'<img src="{picture}" class="wp-image-{100000 + number}"/><figcaption>'
            f"{sentence(rng, 8)} Foto: Ingrid Rebel</figcaption></figure>\n<!-- /wp:image -->",
            f"<!-- wp:heading -->\n<h2>{sentence(rng, 4)[:-1]}</h2>\n<!-- /wp:heading -->",
            f"<!-- wp:paragraph -->\n<p>{paragraph(rng)} Zie {link}.</p>\n<!-- /wp:paragraph -->",
            f'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>{sentence(rng)}</p>'
            "<cite>Susan Veenhoff, Ons Tweede Thuis</cite></blockquote>\n<!-- /wp:quote -->",
            "<!-- wp:list -->\n<ul><li>"
            + "</li><li>".join(sentence(rng, 5) for _ in range(3))
            + "</li></ul>\n<!-- /wp:list -->",
        ]
        if download:
            blocks.append(f"<!-- wp:paragraph -->\n<p>{download}</p>\n<!-- /wp:paragraph -->")
        return "\n\n".join(blocks)

    def item(self, fields, categories=(), tags=(), meta=(), comments=0):
        lines = ["\t<item>"]
        lines += [f"\t\t<{name}>{value}</{name}>" for name, value in fields]
        lines += [
            f'\t\t<category domain="category" nicename="{slug}">{cdata(name)}</category>'
            for slug, name in categories
        ]
        lines += [
            f'\t\t<category domain="post_tag" nicename="{tag.replace(" ", "-")}">{cdata(tag)}'
            "</category>"
            for tag in tags
        ]
        lines += [
            f"\t\t<wp:postmeta><wp:meta_key>{key}</wp:meta_key>"
            f"<wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>"
            for key, value in meta
        ]
        lines += [
            f"\t\t<wp:comment><wp:comment_id>{index}</wp:comment_id><wp:comment_content>"
            f"{cdata('Dank voor het delen.')}</wp:comment_content><wp:comment_approved>1"
            "</wp:comment_approved><wp:comment_type>comment</wp:comment_type></wp:comment>"
            for index in range(comments)
        ]
        return "\n".join([*lines, "\t</item>\n"])

    def write(self, out):
        uploads = out / "uploads"
        buffer = io.BytesIO()
        Image.new("RGB", (32, 24), (163, 18, 63)).save(buffer, "JPEG")
        jpeg = buffer.getvalue()
        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        with open(out / "export.xml", "w", encoding="utf-8") as export:
            export.write(self.header())
            for number in range(1, self.posts + 1):
                year, month, day = 2017 + number % 9, 1 + number % 12, 1 + number % 28
                date = f"{year}-{month:02d}-{day:02d} 10:00:00"
                folder = uploads / f"{year}" / f"{month:02d}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"foto-{number}.jpg").write_bytes(jpeg)
                export.write(self.attachment(number, date, f"{year}/{month:02d}/foto-{number}.jpg"))
                if number % 10 == 0:
                    (folder / f"katern-{number}.pdf").write_bytes(pdf)
                export.write(self.post(number, date))
            export.write("</channel>\n</rss>\n")

    def header(self):
        categories = "".join(
            f"\t<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
            f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
            for slug, name in CATEGORIES
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            f"\t<title>Radicale vernieuwing</title>\n\t<link>{self.site}</link>\n"
            f"\t<wp:wxr_version>1.2</wp:wxr_version>\n"
            f"\t<wp:base_site_url>{self.site}</wp:base_site_url>\n{categories}"
        )

    def attachment(self, number, date, path):
        return self.item(
            [
                ("title", cdata(f"Foto {number}")),
                ("wp:post_id", 100000 + number),
                ("wp:post_date", cdata(date)),
                ("wp:status", "inherit"),
                ("wp:post_type", "attachment"),
                ("excerpt:encoded", cdata(f"{sentence(self.rng, 6)} Foto: Douwe Dronkert")),
                ("wp:attachment_url", f"{self.site}/wp-content/uploads/{path}"),
            ],
            meta=[("_wp_attached_file", path)],
        )

    def post(self, number, date):
        status = "draft" if number % 50 == 0 else "private" if number % 100 == 1 else "publish"
        rng = self.rng
        return self.item(
            [
                ("title", cdata(sentence(rng, 6)[:-1])),
                ("link", escape(f"{self.site}/actueel/{self.slug(number)}/")),
                ("guid", escape(f"{self.site}/?p={number}")),
                ("content:encoded", cdata(self.content(number, date))),
                ("excerpt:encoded", cdata("")),
                ("wp:post_id", number),
                ("wp:post_date", cdata(date)),
                ("wp:post_name", cdata(self.slug(number))),
                ("wp:status", status),
                ("wp:post_type", "post"),
            ],
            categories=rng.sample(CATEGORIES, 2),
            tags=rng.sample(TAGS, 2),
            meta=[("_thumbnail_id", str(100000 + number))],
            comments=number % 3,
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--site", default="https://www.radicalevernieuwing.nl")
    parser.add_argument("--slug-prefix", default="bench")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    Export(arguments.site, arguments.slug_prefix, arguments.posts).write(arguments.out)
    size = (arguments.out / "export.xml").stat().st_size
    print(f"{arguments.out / 'export.xml'}: {arguments.posts} posts, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
