"""Browser journeys: the site served on a free 127.0.0.1 port, driven in headless Chromium.

Playwright cannot download its own browser here, so it drives Debian's Chromium.
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module", autouse=True)
def allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in the test's thread, so Django takes the
    tests' own ORM calls for calls from async code; they are synchronous and safe. Only the
    browser modules get this opt-out, so it cannot hide a real async mistake elsewhere; it
    is module-wide because the database flush after each journey runs after function-scoped
    fixtures are gone."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: browser tests not run")
    for item in items:
        if "e2e" in item.nodeid.split("/"):
            item.add_marker(skip)


# Per module, not per session: while Playwright runs, its event loop counts as running in
# this thread, which would make every later non-browser test's ORM call look async.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@contextmanager
def tab_on(browser, live_server, **options):
    """A tab on the live site in a browser context of its own (`options`: Playwright's
    new_context options: viewport, is_mobile, java_script_enabled, ...)."""
    context = browser.new_context(base_url=live_server.url, **options)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def page(browser, live_server):
    with tab_on(browser, live_server, locale="nl-NL") as tab:
        yield tab


@pytest.fixture
def phone(browser, live_server):
    """A 320 px wide phone screen."""
    screen = {"width": 320, "height": 640}
    with tab_on(browser, live_server, viewport=screen, is_mobile=True) as tab:
        yield tab


def log_in_to_admin(page, username="redactie"):
    """A new superuser `username` logs in through the admin's own login form."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser(username, f"{username}@example.org", "geheim-123")
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("geheim-123")
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")
