"""gunicorn's settings, read by `gunicorn config.wsgi` started in the repository root.

Threaded workers (gthread): a slow client, such as a large PDF read at 20 KB/s, holds one
thread of a worker instead of the whole worker, so the other threads keep answering pages.
With the README's nginx in front and DOCUMENTS_SENDFILE=nginx, documents hold no thread at
all. Options given on the command line override these.
"""

import os

worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
# One process per core is a good start on a small machine; each runs GUNICORN_THREADS
# threads, and every thread may keep a database connection open (DB_CONN_MAX_AGE).
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A worker that stops answering the arbiter for this long is restarted. In gthread workers a
# long download does not count against it: the worker's main loop keeps reporting.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Idle keep-alive connections wait in the worker's poller, not in a thread.
keepalive = 5
