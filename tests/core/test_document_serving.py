"""Documents pass Wagtail's serve view; with DOCUMENTS_SENDFILE the proxy in front sends the
bytes (X-Accel-Redirect for nginx, X-Sendfile for Apache), otherwise Django streams them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.utils import sendfile

from tests.factories import make_publication

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def fresh_sendfile_backend():
    # Wagtail looks SENDFILE_BACKEND up once per process; each test sets its own.
    sendfile._get_sendfile.clear()
    yield
    sendfile._get_sendfile.clear()


@pytest.fixture
def report(sections):
    """The PDF of a public publication, which anyone may download."""
    return make_publication(sections["publications"], "Verslag één").document


def test_documents_are_served_by_django_by_default(client, report):
    response = client.get(report.url)
    assert response.status_code == 200
    assert "X-Accel-Redirect" not in response and "X-Sendfile" not in response
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"


@override_settings(
    SENDFILE_BACKEND="core.sendfile.nginx", DOCUMENTS_SENDFILE_URL="/internal-documents/"
)
def test_with_nginx_the_proxy_sends_the_document_from_its_internal_location(
    client, report, fresh_sendfile_backend
):
    response = client.get(report.url)
    assert response.status_code == 200
    # The stored name has accents: nginx decodes the URI before mapping it onto the folder.
    stored_name = report.file.name.removeprefix("documents/")
    assert stored_name.startswith("Verslag_één")
    encoded_name = stored_name.replace("één", "%C3%A9%C3%A9n")
    assert response["X-Accel-Redirect"] == f"/internal-documents/{encoded_name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert "Verslag" in response["Content-Disposition"]


@override_settings(SENDFILE_BACKEND="core.sendfile.apache")
def test_with_apache_the_proxy_sends_the_document_by_its_path(
    client, report, fresh_sendfile_backend
):
    response = client.get(report.url)
    assert response.status_code == 200
    assert response["X-Sendfile"] == str(Path(settings.MEDIA_ROOT, report.file.name).resolve())
    assert response.content == b""


def test_documents_are_never_linked_to_the_media_folder(report):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert report.url.startswith("/documenten/")


def settings_with(**environment):
    """The test settings as a fresh process reads them from the environment."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(getattr(settings, 'SENDFILE_BACKEND', '-'), settings.DOCUMENTS_SENDFILE_URL)",
        ],
        cwd=REPO,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", **environment},
        capture_output=True,
        text=True,
    )


def test_the_environment_chooses_the_proxy_that_sends_documents():
    assert settings_with().stdout.split() == ["-", "/internal-documents/"]
    nginx = settings_with(DOCUMENTS_SENDFILE="nginx", DOCUMENTS_SENDFILE_URL="/protected/")
    assert nginx.stdout.split() == ["core.sendfile.nginx", "/protected/"]
    assert settings_with(DOCUMENTS_SENDFILE="Apache").stdout.split()[0] == "core.sendfile.apache"
    typo = settings_with(DOCUMENTS_SENDFILE="ngnix")
    assert typo.returncode != 0 and "DOCUMENTS_SENDFILE" in typo.stderr
