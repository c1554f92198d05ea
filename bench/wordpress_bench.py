"""How long a large WordPress import takes, and whether its memory grows with the file.

    .venv/bin/python bench/wordpress_bench.py [--sizes 1000 4000]
    scripts/with-throwaway-postgres rv_wp .venv/bin/python bench/wordpress_bench.py

Each size gets an export of its own (bench/wordpress_export.py: its own old-site address
and slugs, so the runs do not overlap) and is imported by `manage.py import_wordpress` in a
process of its own under /usr/bin/time, which gives the wall time and the peak memory. The
largest is then imported a second time, which must find everything unchanged. The database
is DATABASE_URL (an empty one) when set, else a new SQLite file; media go to a temporary
folder, removed at the end.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def run(arguments, env, measure=False):
    command = ["/usr/bin/time", "-v", *arguments] if measure else arguments
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def measured(result):
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", result.stderr)
    parts = [float(part) for part in wall.group(1).split(":")]
    seconds = sum(part * 60**power for power, part in enumerate(reversed(parts)))
    return seconds, peak / 1024


SETUP = """
from wagtail.models import Collection, Locale, Page, Site
from home.models import HomePage
from tests.factories import make_site_sections, make_theme
dutch = Locale.objects.get_or_create(language_code="nl")[0]
Locale.objects.get_or_create(language_code="en")
root = Page.get_first_root_node()
Page.objects.filter(depth=2).delete()
home = root.add_child(instance=HomePage(title="Radicale vernieuwing", slug="home", locale=dutch))
home.save_revision().publish()
Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost",
    "port": 80, "root_page": home})
sections = make_site_sections(home)
for title in ["Zorgzame gemeenschappen", "Voorbij sectoren", "Vernieuwend leren en verantwoorden"]:
    make_theme(sections["themes"], title)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rv-wp-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "MEDIA_ROOT": str(work / "media"),
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{work / 'site.sqlite3'}",
    }
    database = env["DATABASE_URL"].split(":", 1)[0]
    try:
        run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([PYTHON, "manage.py", "shell", "-c", SETUP], env)
        print(f"database: {database}; python {sys.version.split()[0]}")
        print(f"{'posts':>6} {'export':>8} {'time':>8} {'per post':>9} {'peak memory':>12}")
        for size in arguments.sizes:
            folder = work / f"export-{size}"
            run(
                [PYTHON, "bench/wordpress_export.py", "--posts", str(size), "--out", str(folder),
                 "--site", f"https://bench-{size}.example", "--slug-prefix", f"b{size}"],
                env,
            )  # fmt: skip
            export = folder / "export.xml"
            command = [PYTHON, "manage.py", "import_wordpress", str(export), "--media-dir"]
            command += [str(folder / "uploads"), "-v0"]
            result = run(command, env, measure=True)
            seconds, peak = measured(result)
            megabytes = export.stat().st_size / 1e6
            print(
                f"{size:>6} {megabytes:>6.1f}MB {seconds:>7.1f}s {seconds / size * 1000:>7.0f}ms"
                f" {peak:>10.0f}MB"
            )
            print("       " + " | ".join(re.findall(r"^  (post: .*)$", result.stdout, re.M)))
        again = run(command, env, measure=True)
        seconds, peak = measured(again)
        print(f"second run of {size}: {seconds:.1f}s, peak {peak:.0f}MB")
        print("       " + " | ".join(re.findall(r"^  (post: .*)$", again.stdout, re.M)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
