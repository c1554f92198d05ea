"""Production settings: refuse to start without a secret, pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # The browser tests' async opt-out is for tests only; a deployment never has it.
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_settings_pass_the_deploy_checks_without_warnings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY="x" * 60 + "-not-a-real-one"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_machine_translation_uses_deepl_only_when_a_key_is_set():
    show = (
        "from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))"
    )
    base = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    base["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"

    def translator(**env):
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", show],
            cwd=ROOT,
            env={**base, **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result.stdout.strip().splitlines()[-1]

    assert translator() == "None"
    assert translator(DEEPL_API_KEY="abc:fx").endswith("deepl.DeepLTranslator")
