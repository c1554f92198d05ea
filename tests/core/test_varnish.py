"""Varnish in front of the site, with operations/varnish/site.vcl: anonymous pages come from
Varnish, and a publish or unpublish purges every page that lists the item, in both
languages, before the next visitor asks (core/purge.py through Wagtail's frontend cache).

Varnish (Debian package `varnish`) is installed by .ci/run; without it these tests skip,
which fails the run under CI=true.
"""

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.factories import make_news

VCL = Path(__file__).resolve().parents[2] / "operations" / "varnish" / "site.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def varnish(live_server, settings):
    """Varnish on a free port in front of the live server; the site purges through it."""
    if not Path(VARNISHD).exists():
        pytest.skip("varnishd not found: install the Debian package varnish")
    backend_port = live_server.url.rsplit(":", 1)[1]
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="rv-varnish-") as folder:
        Path(folder).chmod(0o755)
        vcl = Path(folder) / "site.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
        server = subprocess.Popen(
            [VARNISHD, "-F", "-f", str(vcl), "-a", f"127.0.0.1:{port}"]
            + ["-n", str(Path(folder) / "work"), "-s", "malloc,32m", "-T", "none"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}"
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": url,
            }
        }
        try:
            wait_for(url, server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_for(url, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {server.stderr.read().decode()}")
        try:
            urllib.request.urlopen(url + "/robots.txt", timeout=5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("varnishd did not answer")


def get(url):
    """(HTML, whether Varnish answered from its cache)."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode(), response.headers["X-Cache"] == "hit"


def test_publish_and_unpublish_reach_every_listing_through_varnish(
    transactional_db, bilingual, varnish
):
    dutch, english = bilingual
    listings = ["/nieuws/", "/", dutch["theme"].url, "/en/news/", "/en/", english["theme"].url]
    for path in listings:
        get(varnish + path)
        assert get(varnish + path)[1], f"{path} is kept by Varnish"
    assert get(varnish + "/nieuws/?utm_source=nieuwsbrief&utm_medium=email")[1]

    make_news(dutch["news"].get_parent(), "Nieuwe wijkteams", themes=[dutch["theme"]])
    english["news"].unpublish()
    # The purges were sent before publish() returned: the very next visitor sees the change.
    for path in listings:
        html, from_varnish = get(varnish + path)
        assert not from_varnish, f"{path} was purged"
        if path.startswith("/en/"):
            assert english["news"].title not in html, path
        else:
            assert "Nieuwe wijkteams" in html, path


def test_a_moved_item_leaves_no_copy_at_its_old_address(transactional_db, bilingual, varnish):
    dutch, _ = bilingual
    news_list = dutch["news"].get_parent()
    archive = news_list.get_parent().add_child(
        instance=news_list.specific_class(title="Archief", slug="archief", locale=news_list.locale)
    )
    item = make_news(news_list, "Wijkteams in Zwolle")
    old_address = item.url
    for path in (old_address, "/nieuws/"):
        get(varnish + path)
        assert get(varnish + path)[1], f"{path} is kept by Varnish"

    item.move(archive, pos="last-child")
    html, from_varnish = get(varnish + "/nieuws/")
    assert not from_varnish and "Wijkteams in Zwolle" not in html
    assert not fetched_from_varnish(varnish + old_address)
    moved = item.specific_class.objects.get(pk=item.pk)
    assert "Wijkteams in Zwolle" in get(varnish + moved.url)[0]


def test_a_renamed_page_leaves_no_copy_at_its_old_address(transactional_db, bilingual, varnish):
    publication = bilingual[0]["publication"]
    old_address = publication.url
    get(varnish + old_address)
    assert get(varnish + old_address)[1]
    publication.slug = "katern-over-onderwijs"
    publication.save_revision().publish()
    assert not fetched_from_varnish(varnish + old_address)
    assert get(varnish + "/publicaties/katern-over-onderwijs/")[0].count("Katern onderwijs")


class NotFollowingRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the redirect itself is the answer to look at


def fetched_from_varnish(url):
    """Whether Varnish answered `url` itself from its cache (a 200, a redirect or a 404)."""
    try:
        with urllib.request.build_opener(NotFollowingRedirects).open(url, timeout=10) as response:
            return response.headers["X-Cache"] == "hit"
    except urllib.error.HTTPError as error:
        return error.headers["X-Cache"] == "hit"


def test_an_item_leaves_and_joins_the_related_items_of_kept_pages_of_its_theme(
    transactional_db, bilingual, varnish
):
    dutch, _ = bilingual
    theme, article = dutch["theme"], dutch["news"]
    news_list = article.get_parent()
    sibling = make_news(news_list, "Ouderen koken samen", themes=[theme])
    get(varnish + article.url)
    html, from_varnish = get(varnish + article.url)
    assert from_varnish and "Ouderen koken samen" in html  # among the related items

    sibling.unpublish()
    html, from_varnish = get(varnish + article.url)
    assert not from_varnish and "Ouderen koken samen" not in html

    get(varnish + article.url)
    make_news(news_list, "Jongeren lopen stage in de wijk", themes=[theme])
    html, from_varnish = get(varnish + article.url)
    assert not from_varnish and "Jongeren lopen stage in de wijk" in html
