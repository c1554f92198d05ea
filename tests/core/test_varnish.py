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
