"""`manage.py ensure_admin` (run by `make run`): a new developer gets an admin account with a
generated password and is told how to log in; running it again prints the same login and
changes nothing; an account that already exists keeps its password."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from core.management.commands import ensure_admin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def password_file(tmp_path, monkeypatch):
    """The git-ignored password file, in a temporary folder rather than the checkout."""
    path = tmp_path / ".admin-password"
    monkeypatch.setattr(ensure_admin, "PASSWORD_FILE", path)
    return path


def run(*args):
    out = io.StringIO()
    call_command("ensure_admin", *args, stdout=out)
    return out.getvalue()


def logs_in(client, username, password):
    """Whether the admin's login form lets `username` in with `password`."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    return response.status_code == 302 and client.get("/admin/").status_code == 200


def printed_login(output):
    found = re.search(r"/admin/\s+user: (\S+)\s+password: (.+)$", output.strip())
    assert found, output
    return found.group(1), found.group(2)


def test_the_first_run_creates_an_admin_who_can_log_in_with_the_printed_password(client):
    username, password = printed_login(run())
    assert username == "admin"
    assert len(password) >= 16 and password != "admin"
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert logs_in(client, "admin", password)


def test_each_new_admin_gets_a_password_of_its_own(password_file):
    _, first = printed_login(run())
    password_file.unlink()
    get_user_model().objects.all().delete()
    _, second = printed_login(run())
    assert first != second


def test_a_second_run_prints_the_same_password_and_keeps_it(client):
    _, first = printed_login(run())
    _, second = printed_login(run())
    assert second == first
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert logs_in(client, "admin", first)


def test_an_existing_account_keeps_its_own_password(client):
    get_user_model().objects.create_superuser("admin", "a@example.org", "mijn-eigen-wachtwoord")
    username, shown = printed_login(run())
    assert username == "admin"
    assert "mijn-eigen-wachtwoord" not in shown
    assert "unchanged" in shown
    assert logs_in(client, "admin", "mijn-eigen-wachtwoord")


def test_another_username_can_be_chosen(client):
    username, password = printed_login(run("--username", "redactie"))
    assert username == "redactie"
    assert logs_in(client, "redactie", password)
    assert not get_user_model().objects.filter(username="admin").exists()
