"""Errors reach somebody: a mail to ADMINS without secrets, and logs a collector can read."""

import json
import logging

import pytest
from django.core import mail
from django.test import RequestFactory, override_settings

from operations.log_format import JsonLogFormatter
from tests.processes import run_manage_shell

SECRETS = {
    "SECRET_KEY": "signing-key-that-must-stay-home",
    "EMAIL_HOST_PASSWORD": "smtp-password-that-must-stay-home",
}
DATABASE_URL = "postgres://rv:database-password-that-must-stay-home@db.internal:5432/rv"


@pytest.mark.django_db
@override_settings(ADMINS=[("Beheer", "beheer@example.nl")], **SECRETS)
def test_a_server_error_mails_the_admins_once_without_secrets(
    client, home_pages, monkeypatch, django_user_model
):
    from home.models import HomePage

    def broken_serve(self, request, *args, **kwargs):
        raise RuntimeError("the home page broke")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    client.force_login(django_user_model.objects.create_user("editor"))
    client.raise_request_exception = False
    # Under runserver the process environment, DATABASE_URL too, is in request.META.
    for _ in range(3):
        assert client.get("/en/", DATABASE_URL=DATABASE_URL).status_code == 500

    assert len(mail.outbox) == 1, "a run of the same error sends one mail"
    report = mail.outbox[0]
    assert report.to == ["beheer@example.nl"]
    assert report.subject.startswith("[Radicale vernieuwing] ERROR")
    assert "Internal Server Error: /en/" in report.subject
    assert "the home page broke" in report.body
    for secret in [*SECRETS.values(), "database-password", client.session.session_key]:
        assert secret not in report.body


def run_production_shell(code, **env):
    """The last line `code` prints under production settings."""
    stdout = run_manage_shell(
        code,
        "config.settings.production",
        drop={"DEBUG", "LOG_FORMAT", "ADMINS", "DJANGO_ALLOW_ASYNC_UNSAFE"},
        SECRET_KEY="x" * 60,
        **env,
    )
    return stdout.strip().splitlines()[-1]


def test_production_logs_json_lines_on_stdout_and_reads_admins_from_the_environment():
    log_admins = (
        "import logging; from django.conf import settings; "
        "logging.getLogger('operations').error('admins: %s', settings.ADMINS)"
    )
    line = run_production_shell(log_admins, ADMINS="Naam Beheer <a@example.nl>,c@example.nl")
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "operations"
    assert entry["message"] == "admins: [('Naam Beheer', 'a@example.nl'), ('', 'c@example.nl')]"
    assert entry["time"]

    text_line = run_production_shell(log_admins, LOG_FORMAT="text")
    assert text_line.endswith("ERROR operations: admins: []")


def request_log_line(client_ip=False):
    request = RequestFactory().get("/zoeken/?q=jan@example.nl", REMOTE_ADDR="203.0.113.9")
    record = logging.getLogger("django.request").makeRecord(
        "django.request",
        logging.ERROR,
        __file__,
        1,
        "Internal Server Error: %s",
        (request.path,),
        None,
        extra={"status_code": 500, "request": request},
    )
    return json.loads(JsonLogFormatter(client_ip=client_ip).format(record))


def test_a_request_log_line_has_path_and_status_but_no_visitor_data():
    entry = request_log_line()
    assert entry["level"] == "ERROR" and entry["logger"] == "django.request"
    assert entry["message"] == "Internal Server Error: /zoeken/"
    assert (entry["path"], entry["method"], entry["status_code"]) == ("/zoeken/", "GET", 500)
    assert "203.0.113.9" not in json.dumps(entry)
    assert "jan@example.nl" not in json.dumps(entry)


def test_the_client_address_is_logged_only_when_asked_for():
    assert request_log_line(client_ip=True)["client_ip"] == "203.0.113.9"
