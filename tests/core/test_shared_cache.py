"""Several processes, one cache: with CACHE_URL/REDIS_URL a publish in one worker renews the
header and footer of every other worker at once, and pages still render when Redis is down.

The Redis tests start their own redis-server (Debian package `redis-server`) on a free port
and skip, saying so, where it is not installed."""

import logging
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core.cache import caches
from wagtail.models import Page

from config.settings.operations import redis_caches
from tests.processes import run_manage_shell

REDIS_SERVER = shutil.which("redis-server")
KEY_PREFIX = "rv-test"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed: the shared-cache tests need a real one")
    port = free_port()
    server = subprocess.Popen(
        [
            REDIS_SERVER,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def shared_cache(redis_url, settings):
    """This process's caches in the Redis, as the settings make them from REDIS_URL."""
    settings.CACHES = redis_caches(redis_url, KEY_PREFIX)
    caches["default"].clear()
    return redis_url


def run_in_another_worker(code, redis_url):
    run_manage_shell(code, "config.settings.test", REDIS_URL=redis_url, CACHE_KEY_PREFIX=KEY_PREFIX)


@pytest.mark.django_db
def test_a_publish_in_another_process_renews_this_process_menu_at_once(
    client, sections, shared_cache
):
    news_index = sections["news"]
    Page.objects.filter(pk=news_index.pk).update(show_in_menus=True)
    # The first request creates the site's settings rows, which itself starts a new version.
    client.get("/")
    assert ">Nieuws</a>" in client.get("/").content.decode()

    # Another worker publishes the news index under a new title: the row changes in the
    # shared database, and the publish's signal handlers run in that worker's process.
    Page.objects.filter(pk=news_index.pk).update(title="Actueel")
    html = client.get("/").content.decode()
    assert ">Nieuws</a>" in html, "this process serves its cached header until told"
    run_in_another_worker(
        "from core.signals import content_changed; content_changed()", shared_cache
    )

    html = client.get("/").content.decode()
    assert ">Actueel</a>" in html
    assert ">Nieuws</a>" not in html


@pytest.mark.django_db
def test_pages_still_render_while_redis_is_down(client, home_pages, settings, caplog):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{free_port()}/0", KEY_PREFIX)
    with caplog.at_level(logging.ERROR, logger="django_redis"):
        response = client.get("/en/")
    assert response.status_code == 200
    assert "A movement of care organisations." in response.content.decode()
    assert any(record.name.startswith("django_redis") for record in caplog.records)
