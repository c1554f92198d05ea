"""Another Django process for tests that cross process boundaries: `manage.py shell -c`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_manage_shell(code, settings_module, drop=(), **env):
    """Run `code` in a fresh `manage.py shell` with `settings_module`, the environment of this
    process without the names in `drop` plus `env`; its stdout, once it exited cleanly."""
    environment = {key: value for key, value in os.environ.items() if key not in set(drop)}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
