"""Scheduled publishing happens by itself: `manage.py run_scheduler` publishes what is due
and unpublishes what expired, in both languages, and the lists that visitors get from the
page cache show it at once; a database that is away is waited out, not fatal."""

import datetime
import io
import os
import signal
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone

from news.models import NewsPage
from tests.factories import make_news
from tests.processes import ROOT
from themes.models import ThemePage

pytestmark = pytest.mark.django_db

LISTS = {"nl": "/nieuws/", "en": "/en/news/"}


@pytest.fixture
def english_news_index(bilingual, sections, locales):
    return sections["news"].get_translation(locales[1])


@pytest.fixture
def news_indexes(sections, english_news_index):
    return {"nl": sections["news"], "en": english_news_index}


@pytest.fixture
def an_hour_later(monkeypatch):
    """Move the clock forward: what was scheduled for within the hour is now due."""
    now = timezone.now()

    def later():
        monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(hours=1))

    return later


def schedule_news(index, title, go_live_at):
    """A news item that staff saved with a go-live moment and then 'published'."""
    page = NewsPage(title=title, lead=f"Inleiding bij {title}.", live=False, go_live_at=go_live_at)
    page.locale = index.locale
    page.theme_links.add(page.theme_links.model(theme=theme_in(index)))
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def theme_in(index):
    return ThemePage.objects.filter(locale=index.locale).first()


def tick():
    call_command("run_scheduler", ticks=1, interval=0, stdout=io.StringIO())


def status(client, url):
    return client.get(url).status_code


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_scheduled_news_item_goes_live_after_one_tick_and_shows_on_the_cached_list(
    client, news_indexes, an_hour_later, language
):
    in_half_an_hour = timezone.now() + datetime.timedelta(minutes=30)
    page = schedule_news(news_indexes[language], "Week van de vernieuwing", in_half_an_hour)
    assert not page.live and status(client, page.url) == 404
    listing = LISTS[language]
    assert "Week van de vernieuwing" not in client.get(listing).content.decode()
    assert client.get(listing).get("X-Page-Cache") == "hit"  # the list is kept

    an_hour_later()
    tick()

    assert status(client, page.url) == 200
    assert "Week van de vernieuwing" in client.get(listing).content.decode()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_expired_news_item_is_taken_offline_after_one_tick(
    client, news_indexes, an_hour_later, language
):
    page = make_news(news_indexes[language], "Oproep tot 1 april", themes=[])
    page.expire_at = timezone.now() + datetime.timedelta(minutes=30)
    page.save_revision().publish()
    listing = LISTS[language]
    assert status(client, page.url) == 200
    assert "Oproep tot 1 april" in client.get(listing).content.decode()

    an_hour_later()
    tick()

    assert status(client, page.url) == 404
    assert "Oproep tot 1 april" not in client.get(listing).content.decode()


def test_the_scheduler_waits_out_a_database_that_is_away_then_publishes(
    client, news_indexes, an_hour_later, monkeypatch, caplog
):
    page = schedule_news(
        news_indexes["nl"], "Halfjaarlijkse bijeenkomst", timezone.now() + datetime.timedelta(1)
    )
    refusals = []

    def refuse_twice():
        if len(refusals) < 2:
            refusals.append(1)
            raise OperationalError("connection to server failed: Connection refused")

    real_ensure_connection = connection.ensure_connection

    def ensure_connection():
        refuse_twice()
        real_ensure_connection()

    monkeypatch.setattr(connection, "ensure_connection", ensure_connection)
    # The test's database is not really gone, and closing its connection would end the
    # test's transaction: the scheduler's reconnect is left to the real-process test below.
    monkeypatch.setattr(connection, "close", lambda: None)
    monkeypatch.setattr(timezone, "now", lambda: page.go_live_at + datetime.timedelta(1))

    call_command("run_scheduler", ticks=3, interval=0, stdout=io.StringIO())

    assert status(client, page.url) == 200
    told = [r.getMessage() for r in caplog.records if r.name == "operations.scheduler"]
    assert told.count("Database not reachable; scheduled publishing retries.") == 2
    assert "Published as scheduled: Halfjaarlijkse bijeenkomst" in told[-1]


def test_the_scheduler_process_outlives_an_unreachable_database_and_stops_on_sigterm(tmp_path):
    """A real process, as systemd and `make run` start it, on a database it cannot open."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/folder/db.sqlite3",
    }
    log = tmp_path / "scheduler.log"
    with open(log, "w") as output:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "run_scheduler", "--interval", "0.2"],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while log.read_text().count("Database not reachable") < 2:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, log.read_text()
