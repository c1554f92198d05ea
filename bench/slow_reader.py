"""Slow document readers against the home page: does a client reading a large PDF at
20 KB/s delay other visitors?

    scripts/with-throwaway-postgres rv_slow .venv/bin/python bench/slow_reader.py

A demo publication gets a 20 MB PDF. For each serving model, 0, 2 and then 4 raw-socket
readers fetch it at READ_RATE while the home page is requested one after another; the
table gives its median and 95th percentile latency and how many requests timed out.
Models: (a) 2 sync workers, how the site ran before; (b) gunicorn.conf.py's gthread workers;
(c) and (d) nginx in front, sending the file itself after Django's check (X-Accel-Redirect),
when nginx is installed. Bounded: about 12 s a measurement, a few minutes in all.
"""

import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.live_site import REPO, free_port, prepared_site, running_gunicorn  # noqa: E402

DOCUMENT_SIZE = 20 * 1024 * 1024
READ_RATE = 20 * 1024  # bytes a second, each reader
READERS = [0, 2, 4]
MEASURE_SECONDS = 10
REQUEST_TIMEOUT = 5
SENDFILE_URL = "/internal-documents/"
OLD_WORKERS = {"worker_class": "sync", "workers": 2, "threads": 1}
THREADED_WORKERS = {"worker_class": "gthread", "workers": 2, "threads": 8}  # gunicorn.conf.py

# Give the first Dutch publication a large PDF and print the document's URL; render the home
# pages once so that their image renditions exist before any server is timed.
ATTACH_LARGE_PDF = f"""
import os
from django.core.files.base import ContentFile
from django.test import Client
from news.models import PublicationPage
document = PublicationPage.objects.live().filter(locale__language_code="nl").first().document
data = b"%PDF-1.4\\n" + os.urandom({DOCUMENT_SIZE})
document.file.save("groot-rapport.pdf", ContentFile(data), save=False)
document._set_document_file_metadata()
document.save()
for path in ("/", "/en/"):
    assert Client(HTTP_HOST="127.0.0.1").get(path).status_code == 200
print(document.url)
"""

NGINX_CONFIG = """
{user}
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://{upstream};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
        location {sendfile_url} {{
            internal;
            alias {media}/documents/;
            add_header Content-Security-Policy "default-src 'none'" always;
            add_header X-Content-Type-Options nosniff always;
        }}
        location /static/ {{ alias {static}/; }}
        location /media/images/ {{ alias {media}/images/; }}
    }}
}}
"""


def slow_reader(port, path, stop, received):
    """Fetch `path` and read it at READ_RATE until told to stop."""
    with socket.socket() as connection:
        # A small receive window, as a slow line has: the server cannot push the file ahead.
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)
        connection.connect(("127.0.0.1", port))
        connection.sendall(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "User-Agent: Mozilla/5.0 SlowReader\r\nConnection: close\r\n\r\n".encode()
        )
        connection.settimeout(0.5)
        started, total = time.monotonic(), 0
        while not stop.is_set():
            try:
                chunk = connection.recv(4096)
            except TimeoutError:
                continue
            if not chunk:
                break
            total += len(chunk)
            stop.wait(max(0.0, total / READ_RATE - (time.monotonic() - started)))
        received.append(total)


def home_page_latencies(base_url):
    """Seconds per home page request, for MEASURE_SECONDS; a timeout counts as its limit."""
    latencies, timeouts = [], 0
    deadline = time.monotonic() + MEASURE_SECONDS
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(base_url + "/", timeout=REQUEST_TIMEOUT) as response:
                response.read()
        except OSError:
            timeouts += 1
        latencies.append(time.monotonic() - started)
    return latencies, timeouts


def measure(base_url, document_path, readers):
    port = int(base_url.rsplit(":", 1)[1])
    stop, received = threading.Event(), []
    threads = [
        threading.Thread(target=slow_reader, args=(port, document_path, stop, received))
        for _ in range(readers)
    ]
    for thread in threads:
        thread.start()
    time.sleep(2 if readers else 0)  # let the readers take their workers or threads
    latencies, timeouts = home_page_latencies(base_url)
    stop.set()
    for thread in threads:
        thread.join()
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]
    return statistics.median(latencies), p95, len(latencies), timeouts


@contextlib.contextmanager
def running_nginx(env, upstream):
    """nginx on a free port in front of `upstream`, as the README configures it."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="rv-nginx-") as folder:
        config = Path(folder) / "nginx.conf"
        config.write_text(
            NGINX_CONFIG.format(
                user="user root;" if os.geteuid() == 0 else "",  # to read the temp media
                folder=folder,
                port=port,
                upstream=upstream,
                sendfile_url=SENDFILE_URL,
                media=env["MEDIA_ROOT"],
                static=env["STATIC_ROOT"],
            )
        )
        server = subprocess.Popen([shutil.which("nginx"), "-c", str(config), "-p", folder])
        try:
            wait_for_port(port)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_for_port(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def serving_models():
    """(name, gunicorn options, environment, behind nginx) for each model measured."""
    models = [
        ("(a) 2 sync workers", OLD_WORKERS, {}, False),
        ("(b) gthread 2x8", THREADED_WORKERS, {}, False),
    ]
    if shutil.which("nginx"):
        proxied = {"DOCUMENTS_SENDFILE": "nginx", "TRUSTED_PROXY_COUNT": "1"}
        models += [
            ("(c) nginx + gthread 2x8", THREADED_WORKERS, proxied, True),
            ("(d) nginx + 2 sync workers", OLD_WORKERS, proxied, True),
        ]
    else:
        print("nginx not installed: the proxied models are not measured")
    return models


def main():
    started = time.monotonic()
    with prepared_site(os.environ["DATABASE_URL"]) as env:
        attached = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", ATTACH_LARGE_PDF],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        document_path = attached.stdout.strip().splitlines()[-1]
        print(
            f"Site ready in {time.monotonic() - started:.0f} s; document {document_path}, "
            f"{DOCUMENT_SIZE // 2**20} MB, readers at {READ_RATE // 1024} KB/s"
        )
        rows = []
        for name, options, extra_env, behind_nginx in serving_models():
            model_env = {**env, **extra_env}
            with contextlib.ExitStack() as stack:
                base_url = stack.enter_context(running_gunicorn(model_env, **options))
                if behind_nginx:
                    gunicorn_url = base_url
                    upstream = gunicorn_url.removeprefix("http://")
                    base_url = stack.enter_context(running_nginx(model_env, upstream))
                    check_proxy_sends_the_file(base_url, gunicorn_url, document_path)
                for _ in range(3):  # warm the caches and renditions
                    urllib.request.urlopen(base_url + "/", timeout=30).read()
                for readers in READERS:
                    rows.append((name, readers, *measure(base_url, document_path, readers)))
                    print_row(rows[-1])
    print(f"\nDone in {time.monotonic() - started:.0f} s.")


def check_proxy_sends_the_file(base_url, gunicorn_url, document_path):
    """Django answers with X-Accel-Redirect, the whole file arrives through nginx, and
    nginx does not serve /media/documents/, which would bypass the privacy check."""
    head = urllib.request.Request(gunicorn_url + document_path, method="HEAD")
    with urllib.request.urlopen(head, timeout=30) as response:
        assert response.headers["X-Accel-Redirect"].startswith(SENDFILE_URL), response.headers
    with urllib.request.urlopen(base_url + document_path, timeout=60) as response:
        size = len(response.read())
        # nginx keeps Content-Type and -Disposition of Django's answer but not the rest.
        assert response.headers["Content-Type"] == "application/pdf", response.headers
        assert response.headers["Content-Security-Policy"] == "default-src 'none'"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert size == DOCUMENT_SIZE + len(b"%PDF-1.4\n"), size
    media_path = "/media/documents/" + document_path.rsplit("/", 1)[1]
    try:
        urllib.request.urlopen(base_url + media_path, timeout=10)
        raise AssertionError(f"{media_path} is public")
    except urllib.error.HTTPError as refused:
        assert refused.code == 404, refused.code


def print_row(row):
    if row[1] == 0:
        print(f"\n{'model':28} {'readers':>7} {'median':>9} {'p95':>9} {'requests':>8} timeouts")
    name, readers, median, p95, requests, timeouts = row
    print(
        f"{name:28} {readers:7} {median * 1000:7.0f}ms {p95 * 1000:7.0f}ms {requests:8} "
        f"{timeouts:8}"
    )


if __name__ == "__main__":
    main()
