"""Requests per second through gunicorn, for bench/pages_bench.py: each page uncached (the
page cache off) and cached (on), beside a static file through the same server.

gunicorn runs production settings with 2 sync workers; wrk (Debian package `wrk`, which
bench/run installs) makes 8 connections for BENCH_SECONDS (default 5) per address.
"""

import os
import re
import shutil
import subprocess

from django.conf import settings

from bench.live_site import manage, production_env, running_gunicorn

STATIC_FILE = "/static/css/site.css"
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))


def requests_per_second(url):
    """wrk's requests per second for `url`; None when some answers were not 2xx."""
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{SECONDS}s", url], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx" in output:
        return None
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def served_figures(urls):
    """{"static": req/s, (key, cached): req/s} for every URL of `urls`, page cache off/on."""
    if shutil.which("wrk") is None:
        print("wrk not found (bench/run installs it): no figures through gunicorn")
        return {}
    figures = {}
    # The images and renditions that the benchmark's own process made.
    media = {"MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    with production_env(os.environ["DATABASE_URL"], media) as env:
        manage(env, "collectstatic", "--no-input")
        for cached in (False, True):
            page_cache = {"PAGE_CACHE_SECONDS": "300" if cached else "0"}
            with running_gunicorn({**env, **page_cache}, "sync", 2, 1) as base_url:
                figures["static"] = requests_per_second(base_url + STATIC_FILE)
                for key, url in urls.items():
                    figures[key, cached] = requests_per_second(base_url + url)
    return figures


def print_served(urls, *sizes):
    """req/s uncached and cached at each size, and cached as a share of the static file."""
    if not all(sizes):
        return
    statics = " ".join(f"{size['static']:>8.0f}" for size in sizes)
    print(f"\nthrough gunicorn (req/s; static file {STATIC_FILE}: {statics})")
    print(f"{'page':<28} {'uncached':>17} {'cached':>17} {'cached/static':>15}")
    for key in urls:
        uncached = " ".join(_rate(size[key, False]) for size in sizes)
        cached = " ".join(_rate(size[key, True]) for size in sizes)
        ratios = " ".join(
            f"{size[key, True] / size['static']:>7.2f}" if size[key, True] else "      -"
            for size in sizes
        )
        print(f"{key:<28} {uncached:>17} {cached:>17} {ratios:>15}")


def _rate(value):
    return f"{value:>8.1f}" if value is not None else "   error"
