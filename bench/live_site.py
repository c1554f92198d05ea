"""A live copy of the site for benchmarks: production settings, demo content, gunicorn.

Give it the DATABASE_URL of an empty PostgreSQL database (run under
`scripts/with-throwaway-postgres`):

    with live_site(database_url, worker_class="gthread", workers=2, threads=4) as base_url:
        urllib.request.urlopen(base_url + "/")

`live_site` is `prepared_site` (migrate, translations, static files, demo content, once)
plus `running_gunicorn` (a server on a free 127.0.0.1 port); a benchmark that compares
server configurations on the same data uses the two separately.
"""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
START_TIMEOUT = 120


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def prepared_site(database_url, extra_env=None):
    """Yield the environment of a production site with demo content on `database_url`.

    Media and collected static files go to a temporary folder, removed afterwards.
    """
    with production_env(database_url, extra_env) as env:
        for command in (
            ["migrate", "--no-input"],
            ["compile_translations"],
            ["collectstatic", "--no-input"],
            ["load_demo_content"],
        ):
            manage(env, *command)
        yield env


@contextlib.contextmanager
def production_env(database_url, extra_env=None):
    """The environment of production settings on `database_url`, with media and static
    files in a temporary folder (removed afterwards); nothing is run yet."""
    with tempfile.TemporaryDirectory(prefix="rv-live-") as folder:
        yield {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            "MEDIA_ROOT": str(Path(folder) / "media"),
            "STATIC_ROOT": str(Path(folder) / "static"),
            **(extra_env or {}),
        }


def manage(env, *arguments):
    """Run a manage.py command against the prepared site, quietly unless it fails."""
    subprocess.run(
        [sys.executable, "manage.py", *arguments, "--verbosity", "0"],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def running_gunicorn(env, worker_class="gthread", workers=2, threads=4, extra_args=()):
    """Serve the prepared site with gunicorn on a free port; yield its base URL.

    gunicorn turns a sync worker with more than one thread into gthread: give sync threads=1.
    """
    port = free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "config.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--worker-class={worker_class}",
            f"--workers={workers}",
            f"--threads={threads}",
            # Several servers may run at once: none claims gunicorn's shared control socket.
            "--no-control-socket",
            "--log-level=warning",
            *extra_args,
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, server)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_serving(base_url, server):
    """Wait for the port, then for one answer: the first page may take long (renditions),
    and short polls that give up would leave a queue of renders behind them."""
    port = int(base_url.rsplit(":", 1)[1])
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {server.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not listen on {base_url}") from None
            time.sleep(0.2)
    # An error page is an answer too.
    with contextlib.suppress(urllib.error.HTTPError):
        urllib.request.urlopen(base_url + "/", timeout=max(5, deadline - time.monotonic())).close()


@contextlib.contextmanager
def live_site(database_url, worker_class="gthread", workers=2, threads=4, extra_env=None):
    """A prepared site served by gunicorn; yield its base URL, then stop and clean up."""
    with (
        prepared_site(database_url, extra_env) as env,
        running_gunicorn(env, worker_class, workers, threads) as base_url,
    ):
        yield base_url
