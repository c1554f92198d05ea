"""The admin login's lockout: wrong passwords are answered for a while, then refused before
any password is hashed, with a page that says what to do; staff can unlock."""

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from unittest import mock

import pytest
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from core.login_lockout import refuse_locked_out_logins

LOGIN = "/admin/login/"


@pytest.fixture
def editor(home_pages):
    return get_user_model().objects.create_superuser("redactie", "r@example.org", "goed-wachtwoord")


def log_in(client, username, password, address="203.0.113.5", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def fail(client, times, username="redactie", address="203.0.113.5", **headers):
    return [log_in(client, username, "fout", address, **headers) for _ in range(times)]


def test_five_wrong_passwords_lock_the_user_out_at_that_address_with_a_dutch_page(client, editor):
    answers = fail(client, 5)
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 429]

    refused = log_in(client, "redactie", "goed-wachtwoord")
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(15 * 60)
    text = refused.content.decode()
    assert "Te veel pogingen" in text
    assert "15 minuten" in text
    assert "webmaster" in text and "radicalevernieuwing@loc.nl" in text
    assert 'class="site-header"' in text  # the site's own page, not axes' bare text
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_the_admin_logins_language(client, editor, settings):
    # The login page of the admin speaks the site's default language; so does the lockout.
    settings.LANGUAGE_CODE = "en"
    assert "Username" in client.get(LOGIN).content.decode()
    refused = fail(client, 5)[-1]
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert "15 minutes" in refused.content.decode()


def test_a_locked_out_attempt_is_refused_before_the_password_is_checked(client, editor):
    fail(client, 5)
    with mock.patch.object(
        ModelBackend, "authenticate", autospec=True, side_effect=ModelBackend.authenticate
    ) as password_check:
        assert log_in(client, "redactie", "goed-wachtwoord").status_code == 429
        assert fail(client, 3)[-1].status_code == 429
    password_check.assert_not_called()


def test_someone_elses_wrong_passwords_do_not_lock_the_editor_out_elsewhere(client, editor):
    fail(client, 5, address="198.51.100.66")
    answer = log_in(client, "redactie", "goed-wachtwoord", address="203.0.113.5")
    assert answer.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_colleagues_at_one_address_keep_their_own_budget_until_the_address_is_spent(client, editor):
    for name in ("anna", "bram", "carla"):
        fail(client, 4, username=name)
    assert log_in(client, "redactie", "goed-wachtwoord").status_code == 302


def test_one_address_trying_many_user_names_is_locked_out(client, editor):
    names = [f"gebruiker{number}" for number in range(20)]
    answers = [log_in(client, name, "fout") for name in names]
    assert all(answer.status_code == 200 for answer in answers[:-1])
    assert answers[-1].status_code == 429
    assert log_in(client, "iemand-anders", "fout").status_code == 429
    assert log_in(client, "redactie", "goed-wachtwoord").status_code == 429


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, editor):
    for number in range(5):
        log_in(client, "redactie", "fout", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
    refused = log_in(client, "redactie", "goed-wachtwoord", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert refused.status_code == 429


def test_behind_a_trusted_proxy_the_lockout_follows_the_forwarded_address(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    fail(client, 5, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.66")
    assert (
        log_in(client, "redactie", "goed-wachtwoord", proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    ).status_code == 302


def test_after_the_cool_off_the_editor_can_log_in_again(client, editor):
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert log_in(client, "redactie", "goed-wachtwoord").status_code == 302


def test_staff_see_the_lockout_and_unlock_the_address(client, editor):
    fail(client, 5)
    fail(client, 2, username="onbekend")
    staff = get_user_model().objects.create_superuser("beheer", "b@example.org", "x")
    client.force_login(staff)

    listing = client.get("/admin/login_lockouts/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Inlogblokkades" in text
    assert "203.0.113.5" in text and "redactie" in text and "onbekend" in text
    assert "geblokkeerd tot" in text

    attempt = AccessAttempt.objects.get(username="redactie")
    confirm = client.get(f"/admin/login_lockouts/unlock/{attempt.pk}/")
    assert "Ja, ontgrendel" in confirm.content.decode()
    unlocked = client.post(f"/admin/login_lockouts/unlock/{attempt.pk}/", follow=True)
    assert "is weer mogelijk" in unlocked.content.decode()
    assert not AccessAttempt.objects.exists()

    client.logout()
    assert log_in(client, "redactie", "goed-wachtwoord").status_code == 302


def test_only_staff_allowed_to_unlock_see_the_lockouts(client, editor):
    fail(client, 5)
    attempt = AccessAttempt.objects.get()
    moderators = Group.objects.create(name="Beheer inlogblokkades")
    moderators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="delete_accessattempt"),
    )
    writer = get_user_model().objects.create_user("schrijver", "s@example.org", "x")
    writer.groups.add(Group.objects.get_or_create(name="Redactie")[0])
    writer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(writer)
    assert client.get("/admin/login_lockouts/").status_code in (302, 403)
    assert client.post(f"/admin/login_lockouts/unlock/{attempt.pk}/").status_code in (302, 403)
    assert AccessAttempt.objects.exists()

    moderator = get_user_model().objects.create_user("eind", "e@example.org", "x")
    moderator.groups.add(moderators)
    client.force_login(moderator)
    assert "203.0.113.5" in client.get("/admin/login_lockouts/").content.decode()
    # Attempts are never added or edited by hand, whoever asks.
    assert client.get("/admin/login_lockouts/new/").status_code == 404


@pytest.fixture
def refused_everywhere():
    """Every login counts as locked out; the pause is what is under test."""
    with (
        mock.patch.object(AxesProxyHandler, "is_allowed", return_value=False),
        mock.patch("core.login_lockout.lockout_response", return_value=HttpResponse(status=429)),
    ):
        yield


def timed_attempt(middleware, threaded=True):
    request = RequestFactory().post(LOGIN, {"username": "redactie", "password": "fout"})
    request.META["wsgi.multithread"] = threaded
    started = time.monotonic()
    status = middleware(request).status_code
    return status, time.monotonic() - started


def test_a_flooding_script_waits_for_each_refusal_but_holds_few_threads(
    settings, refused_everywhere
):
    settings.LOGIN_TARPIT_SECONDS = 0.5
    settings.LOGIN_TARPIT_THREADS = 1
    middleware = refuse_locked_out_logins(lambda request: HttpResponse("login form"))
    with ThreadPoolExecutor(2) as pool:
        paused = pool.submit(timed_attempt, middleware)
        time.sleep(0.1)  # the first attempt now holds the only pausing thread
        status, elapsed = pool.submit(timed_attempt, middleware).result()
        assert status == 429 and elapsed < 0.3
        status, elapsed = paused.result()
        assert status == 429 and elapsed >= 0.5
    # A single-threaded server would stop serving anyone while it paused.
    assert timed_attempt(middleware, threaded=False)[1] < 0.3
