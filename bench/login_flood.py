"""Does a wrong-password flood on the admin login slow the site for visitors?

Serves the site as in production (gunicorn, production settings, demo content) on the
empty PostgreSQL database in DATABASE_URL, measures the home page's median latency alone,
then again while 6 loops POST wrong passwords to /admin/login/ as a browser would (form
fetched first, CSRF cookie and token sent back). It prints both medians, their ratio and
how many login attempts reached password hashing and how many the lockout refused.

    scripts/with-throwaway-postgres rv_login_flood .venv/bin/python bench/login_flood.py
    ... bench/login_flood.py --compare   # also without the lockout, for the "before" figure

gunicorn runs as gunicorn.conf.py runs it in production: 2 threaded workers of 8 threads.
Each measurement stops after REQUESTS requests or PHASE_SECONDS, whichever comes first, so
the measuring takes under a minute (two with --compare) once the site is prepared.
"""

import argparse
import http.client
import multiprocessing
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.live_site import prepared_site, running_gunicorn  # noqa: E402

REQUESTS = 200
PHASE_SECONDS = 20
FLOODERS = 6
WORKERS, THREADS = 2, 8
# A failure limit no flood reaches within a phase: the site as it was before the lockout.
NO_LOCKOUT = {"LOGIN_FAILURE_LIMIT": "1000000000"}


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class Connection:
    """One kept-alive HTTP connection to the site, as a browser keeps one open."""

    def __init__(self, base_url):
        self.connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=60)

    def fetch(self, path, body=None, headers=None):
        """(status, headers, text) of a GET, or of a form POST when `body` is given."""
        method = "POST" if body else "GET"
        headers = {**(headers or {}), **(FORM if body else {})}
        try:
            return self.exchange(method, path, body, headers)
        except (http.client.RemoteDisconnected, ConnectionError):
            self.connection.close()  # the server ended the keep-alive: reconnect once
            return self.exchange(method, path, body, headers)

    def exchange(self, method, path, body, headers):
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.headers, response.read().decode()


def home_page_latencies(base_url, requests=REQUESTS):
    """Seconds each sequential GET of the home page took, each a new visitor's (on a new
    connection, which goes to whichever worker accepts it first)."""
    latencies = []
    deadline = time.monotonic() + PHASE_SECONDS
    while len(latencies) < requests and time.monotonic() < deadline:
        started = time.perf_counter()
        Connection(base_url).fetch("/")
        latencies.append(time.perf_counter() - started)
    return latencies


def wrong_password_loop(base_url, username, stop, results):
    """Fetch the login form once, then POST wrong passwords with its CSRF token until
    `stop` is set; put the tally of the answers' status codes on `results`.

    Each loop is a process of its own, like six attackers' scripts: as threads they would
    share the measuring thread's GIL and slow the measurement rather than the site."""
    browser, statuses, login = Connection(base_url), Counter(), "/admin/login/"
    _, headers, form = browser.fetch(login)
    # The production cookie is Secure, so it is sent back by hand over plain HTTP.
    cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    browser_headers = {
        "Cookie": f"csrftoken={cookie}",
        "Origin": base_url,
        "Referer": base_url + login,
    }
    attempt = 0
    while not stop.is_set():
        attempt += 1
        body = urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": f"raden-{attempt}"}
        )
        status, _, _ = browser.fetch(login, body, browser_headers)
        statuses[status] += 1
    results.put(statuses)


def failures_that_reached_hashing(database_url):
    """Failures axes recorded: during a lockout it records none, so each one is an attempt
    that went on to ModelBackend and its password hasher."""
    with psycopg.connect(database_url) as connection:
        (count,) = connection.execute(
            "SELECT coalesce(sum(failures_since_start), 0) FROM axes_accessattempt"
        ).fetchone()
        connection.execute("DELETE FROM axes_accessattempt")
    return count


def measure(env, database_url, label):
    with running_gunicorn(env, "gthread", WORKERS, THREADS) as base_url:
        home_page_latencies(base_url, requests=20)  # warm the caches and connections
        alone = statistics.median(home_page_latencies(base_url))

        stop, results = multiprocessing.Event(), multiprocessing.Queue()
        loops = [
            multiprocessing.Process(
                target=wrong_password_loop, args=(base_url, "admin", stop, results)
            )
            for _ in range(FLOODERS)
        ]
        for loop in loops:
            loop.start()
        time.sleep(1)  # let the flood get going
        flooded = statistics.median(home_page_latencies(base_url))
        stop.set()
        statuses = sum((results.get(timeout=120) for _ in loops), Counter())
        for loop in loops:
            loop.join()

    attempts = sum(statuses.values())
    hashed = failures_that_reached_hashing(database_url)
    print(f"{label}:")
    print(f"  home page median alone:               {alone * 1000:7.1f} ms")
    print(f"  home page median under {FLOODERS} login loops: {flooded * 1000:7.1f} ms")
    print(f"  ratio:                                {flooded / alone:7.2f}x")
    answers = ", ".join(f"{count}x {status}" for status, count in sorted(statuses.items()))
    print(f"  login attempts: {attempts} ({answers})")
    print(f"  reached password hashing: {hashed}; refused before it: {attempts - hashed}")
    return flooded / alone


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also measure without lockout")
    arguments = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        sys.exit("Set DATABASE_URL to an empty PostgreSQL database (see the docstring).")

    started = time.monotonic()
    with prepared_site(database_url) as env:
        print(f"site prepared in {time.monotonic() - started:.0f} s")
        ratio = measure(env, database_url, "with the lockout (django-axes)")
        if arguments.compare:
            measure({**env, **NO_LOCKOUT}, database_url, "without a lockout (before)")
    print(
        f"gunicorn: {WORKERS} workers x {THREADS} threads; total {time.monotonic() - started:.0f} s"
    )
    if ratio > 2:
        sys.exit(f"FAIL: the flood slowed the home page {ratio:.1f}x (allowed: 2x)")
    print("OK: the home page stays within 2x of its median under the flood")


if __name__ == "__main__":
    main()
