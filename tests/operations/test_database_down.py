"""A stopped database: visitors are asked, in their language, to come back in a moment, and
the site works again by itself as soon as the database is back."""

import pytest
from django.conf import settings
from django.db import OperationalError, ProgrammingError, connection
from django.test import override_settings

CONNECTION_REFUSED = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused'


@pytest.fixture
def stop_database(monkeypatch):
    """Make every query fail as it does when PostgreSQL is stopped; the test's monkeypatch
    undo() starts it again."""

    def refuse_connection(*args, **kwargs):
        raise OperationalError(CONNECTION_REFUSED)

    def stop():
        monkeypatch.setattr(connection, "ensure_connection", refuse_connection)

    return stop


def assert_retry_later_page(response, language, heading):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html
    for leak in ("OperationalError", "Connection refused", "Traceback", "5432"):
        assert leak not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading", "page_text"),
    [
        ("/", "nl", "De site is even niet bereikbaar", "Een beweging van zorgorganisaties."),
        ("/en/", "en", "The site is briefly unavailable", "A movement of care organisations."),
    ],
)
def test_a_stopped_database_asks_visitors_to_retry_in_their_language_and_recovers(
    client, home_pages, stop_database, monkeypatch, path, language, heading, page_text
):
    client.raise_request_exception = False
    stop_database()
    assert_retry_later_page(client.get(path), language, heading)

    monkeypatch.undo()
    response = client.get(path)
    assert response.status_code == 200
    assert page_text in response.content.decode()


@pytest.mark.django_db
@override_settings(
    MIDDLEWARE=[*settings.MIDDLEWARE, "django.contrib.auth.middleware.LoginRequiredMiddleware"]
)
def test_a_database_failure_in_the_session_middleware_also_asks_to_retry(
    client, home_pages, stop_database, django_user_model
):
    # The middleware reads request.user, which loads the session from the database.
    client.force_login(django_user_model.objects.create_user("editor"))
    client.raise_request_exception = False
    stop_database()
    assert_retry_later_page(client.get("/en/"), "en", "The site is briefly unavailable")


@pytest.mark.django_db
def test_a_bug_in_a_query_keeps_the_server_error_page(client, home_pages, monkeypatch):
    from home.models import HomePage

    def broken_query(self, request, *args, **kwargs):
        raise ProgrammingError('column "intro" does not exist')

    monkeypatch.setattr(HomePage, "serve", broken_query)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Er ging iets mis" in response.content.decode()
