"""The Content-Security-Policy and Permissions-Policy block nothing the site itself needs:
a visitor reading and searching, and an editor saving a draft and translating a page in
the admin, in real Chromium, without one violation reported."""

import re

import pytest

from tests.e2e.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

# What Chromium says when a policy blocks something, in the console or in an event.
BLOCKED = re.compile(r"Content[- ]Security[- ]Policy|Permissions[- ]Policy|Refused to", re.I)

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${location.pathname}`
    + ` (${event.sourceFile}:${event.lineNumber})`
  );
});
"""


@pytest.fixture
def watched_page(browser, live_server):
    """A tab whose every frame reports policy violations and blocked-content messages."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    reported = []

    def report(text):
        reported.append(text)

    def report_console(message):
        if BLOCKED.search(message.text):
            reported.append(message.text)

    context.expose_function("reportViolation", report)
    context.add_init_script(REPORT_VIOLATIONS)
    tab = context.new_page()
    tab.on("console", report_console)
    tab.reported = reported
    yield tab
    context.close()


def test_a_visitor_reads_and_searches_without_anything_blocked(watched_page, bilingual):
    page = watched_page
    dutch, english = bilingual
    for url in ("/", dutch["news"].url, "/en/", english["news"].url, "/bestaat-niet/"):
        page.goto(url)
        page.wait_for_load_state("networkidle")

    page.goto("/zoeken/")
    page.locator("#search-query").press_sequentially("beweg", delay=30)
    page.get_by_role("option").first.wait_for()
    page.get_by_role("option").first.click()
    page.wait_for_url(re.compile(r"q="))
    page.wait_for_load_state("networkidle")

    headers = page.goto("/").all_headers()
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "camera=()" in headers["permissions-policy"]
    assert page.reported == []


def test_an_editor_saves_a_draft_and_translates_without_anything_blocked(watched_page, bilingual):
    page = watched_page
    dutch, english = bilingual
    log_in_to_admin(page)
    page.wait_for_load_state("networkidle")

    # The page editor, with its preview panel, and a draft saved.
    page.goto(f"/admin/pages/{dutch['news'].pk}/edit/")
    page.locator("#id_title").fill("Bewegingen bundelen hun krachten")
    page.get_by_role("button", name=re.compile("Voorvertoning|Preview", re.I)).first.click()
    page.frame_locator("iframe").first.locator("h1").wait_for()
    page.get_by_role("button", name=re.compile("Bewaar concept|Save draft", re.I)).click()
    page.wait_for_url(f"**/admin/pages/{dutch['news'].pk}/edit/")
    page.locator(".messages .success").wait_for()
    dutch["news"].refresh_from_db()
    assert (
        dutch["news"].get_latest_revision().content["title"] == "Bewegingen bundelen hun krachten"
    )

    # wagtail-localize's translation editor (a React app) for the English news item.
    page.goto(f"/admin/pages/{english['news'].pk}/edit/")
    page.get_by_role("button", name="Bewerk").first.click()
    page.locator("textarea").fill("Movements join their forces")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Movements join their forces").first.wait_for()
    page.wait_for_load_state("networkidle")

    # The staff screen that lifts login lockouts, and a public page with the user bar.
    page.goto("/admin/login_lockouts/")
    page.goto(dutch["theme"].url)
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert page.reported == []
