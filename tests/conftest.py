import os
import subprocess
from datetime import date
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from wagtail.models import Collection, Locale, Page, Site

from core.translation import translate_page
from home.models import HomePage
from tests.factories import make_news, make_participant, make_publication, make_theme
from tests.mutation_credit import (  # noqa: F401  (a hook and a fixture for pytest)
    credit_the_shared_fixtures_to_each_test,
    pytest_fixture_setup,
)
from tests.shared_data import built_once_per_module

# A module whose tests read the same site can have it built once for the module instead of
# once per test: pytestmark = pytest.mark.usefixtures(SHARED_SITE). `locales`, `home_pages`,
# `sections` and `bilingual` then give the same pages as ever, read afresh for each test from
# the module's data (tests.shared_data.built_once_per_module: what a test saves is rolled back).
# In such a module every test sees the whole bilingual site, even one that asks for less.
SHARED_SITE = "bilingual_site_once_per_module"


def build_bilingual_site():
    """The data of `bilingual` and the fixtures it rests on, built once."""
    locales = build_locales()
    home_pages = build_home_pages(locales)
    sections = build_sections(home_pages[0])
    return SimpleNamespace(
        locales=locales,
        home_pages=home_pages,
        sections=sections,
        bilingual=build_bilingual(sections, locales),
    )


bilingual_site_once_per_module = built_once_per_module(build_bilingual_site)


def shared_site(request):
    """The module's shared site when the module asked for one, else None."""
    if SHARED_SITE not in request.fixturenames:
        return None
    return request.getfixturevalue(SHARED_SITE)


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture(autouse=True)
def forget_what_earlier_tests_cached():
    """Each test starts with empty caches. A test on data shared by its module
    (tests/shared_data.py) has its changes rolled back, but what it kept per content
    version would stay and be served to the next test as current."""
    for each in caches.all():
        each.clear()


@pytest.fixture
def locales(db, request):
    if site := shared_site(request):
        return tuple(Locale.objects.get(pk=locale.pk) for locale in site.locales)
    return build_locales()


def build_locales():
    dutch = Locale.objects.get_or_create(language_code="nl")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    return dutch, english


@pytest.fixture
def home_pages(locales, request):
    """A Dutch home page as the default site's root, and its English translation."""
    if site := shared_site(request):
        return tuple(fresh(page) for page in site.home_pages)
    return build_home_pages(locales)


def build_home_pages(locales):
    dutch, english = locales
    # Transactional tests (the browser journeys) flush the trees that migrations made.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=dutch)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    Page.objects.filter(depth=2).delete()
    home = root.add_child(
        instance=HomePage(
            title="Radicale vernieuwing",
            slug="home",
            locale=dutch,
            intro="<p>Een beweging van zorgorganisaties.</p>",
        )
    )
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    english_home = translate_page(
        home,
        english,
        {
            "Radicale vernieuwing": "Radical renewal",
            "home": "home-en",
            "Een beweging van zorgorganisaties.": "A movement of care organisations.",
        },
    )
    return home, english_home


@pytest.fixture
def bilingual(sections, locales, request):
    """A Dutch site with one of each page type, all translated into English through
    wagtail-localize, keywords included."""
    if site := shared_site(request):
        return tuple({key: fresh(page) for key, page in pages.items()} for pages in site.bilingual)
    return build_bilingual(sections, locales)


def build_bilingual(sections, locales):
    from core.models import KeywordName

    _, english = locales
    english_slugs = {
        "themas": "themes",
        "nieuws": "news",
        "publicaties": "publications",
        "deelnemers": "participants",
    }
    for section in sections.values():
        translate_page(section, english, {section.slug: english_slugs[section.slug]})
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    participant = make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    publication = make_publication(
        sections["publications"], "Katern onderwijs", themes=[theme], keywords=["zorgonderwijs"]
    )
    news = make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[theme],
        keywords=["zorgonderwijs"],
        participants=[participant],
        publication=publication,
        date=date(2025, 3, 20),
    )
    sector = participant.sector
    translate_page(sector, english, {"Gehandicaptenzorg": "Disability care"})
    keyword = KeywordName.objects.get(name="zorgonderwijs")
    translate_page(keyword, english, {"zorgonderwijs": "care education"})
    english_pages = {
        "theme": translate_page(
            theme,
            english,
            {theme.title: "Caring communities", theme.slug: "caring-communities"},
        ),
        "participant": translate_page(
            participant,
            english,
            {participant.description: "Gemiva takes part in the movement."},
        ),
        "publication": translate_page(
            publication,
            english,
            {
                publication.title: "Education supplement",
                publication.slug: "education-supplement",
                "Samenvatting van Katern onderwijs.": "Summary of the education supplement.",
            },
        ),
        "news": translate_page(
            news,
            english,
            {
                news.title: "Movements join forces",
                news.slug: "movements-join-forces",
                news.lead: "The movements go on together.",
            },
        ),
    }
    dutch_pages = {
        "theme": theme,
        "participant": participant,
        "publication": publication,
        "news": news,
    }
    return dutch_pages, english_pages


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
    )


MIGRATED_DATA = {}


def pytest_collection_modifyitems(config, items):
    if config.getoption("nomigrations", default=False):
        # `make mutation` builds the schema without migrations (pyproject.toml): what data
        # migrations create, such as the roles, is not there for these tests to read.
        needing = [item for item in items if item.get_closest_marker("data_migrations")]
        if needing:
            config.hook.pytest_deselected(items=needing)
            items[:] = [item for item in items if item not in needing]
    run_the_mutated_apps_tests_first(items)
    for item in items:
        if is_transactional(item):
            # First, so the data is read before this test's own fixtures add to it.
            item.fixturenames.insert(0, "migrated_data")


def run_the_mutated_apps_tests_first(items):
    """Under mutmut (which stops at the first failure), run the tests of the mutated
    module's own app first: they are the likeliest to kill the mutant, so a caught mutant
    costs a few tests instead of every test that happens to call the function. Each test
    module's tests run together: mutmut names the tests in no order, and pytest builds a
    module's shared data (tests/shared_data.py) again each time it comes back to the
    module (a surviving search mutant took 170 s for tests that take 21)."""
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if not mutant or "." not in mutant:
        return
    own_tests = f"tests/{mutant.split('.')[0]}/"
    items.sort(key=lambda item: (not item.nodeid.startswith(own_tests), item.nodeid.split("::")[0]))


@pytest.fixture(scope="session")
def migrated_data(django_db_setup, django_db_blocker):
    """What the migrations put in the test database (root page and collection, locales,
    groups), to put back after a transactional test flushed it."""
    from django.db import connection

    with django_db_blocker.unblock():
        MIGRATED_DATA["data"] = connection.creation.serialize_db_to_string()
    MIGRATED_DATA["blocker"] = django_db_blocker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Pytest-django runs the transactional tests (browser journeys, backups) after the
    others, so their flush of the database harms no one; but under xdist a worker may be
    handed another file after one of them. Then put the migrated data back first."""
    result = yield
    if is_transactional(item) and nextitem is not None and not is_transactional(nextitem):
        from django.apps import apps
        from django.core.management import call_command
        from django.core.management.color import no_style
        from django.db import connection

        with MIGRATED_DATA["blocker"].unblock():
            # Without inhibit_post_migrate the flush recreates content types under new ids.
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            connection.creation.deserialize_db_from_string(MIGRATED_DATA["data"])
            # The rows came back with their ids; PostgreSQL's sequences must follow them,
            # or the next test's first insert collides with a restored row.
            statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a skipped test fails the run: CI installs PostgreSQL, Chromium and
    redis-server, so a skip there means a whole layer (the PostgreSQL search, the browser
    journeys, the shared cache) went untested while the run still looked green."""
    report = yield
    if report.skipped and not hasattr(report, "wasxfail") and os.environ.get("CI") == "true":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        reason = str(reason).removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = (
            f"CI=true and this test was skipped ({reason}). CI must run every test: "
            "install what it needs (.ci/run does) instead of skipping it."
        )
    return report


def pytest_report_header(config):
    """Say in the report which database and which browser the suite ran on."""
    from django.db import connection

    from tests.e2e.conftest import CHROMIUM

    lines = [f"database: {connection.vendor} ({connection.settings_dict['NAME']})"]
    if CHROMIUM.exists():
        version = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True)
        lines.append(f"browser: {version.stdout.strip()} at {CHROMIUM}, headless")
    else:
        lines.append(f"browser: none (no Chromium at {CHROMIUM}): browser tests are skipped")
    return lines


@pytest.fixture
def sections(home_pages, request):
    """The Dutch site's four index pages: themes, news, publications, participants."""
    if site := shared_site(request):
        return {key: fresh(page) for key, page in site.sections.items()}
    return build_sections(home_pages[0])


def build_sections(home):
    from tests.factories import make_site_sections

    return make_site_sections(home)
