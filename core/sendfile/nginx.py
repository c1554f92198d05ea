"""nginx sends the document: X-Accel-Redirect to its `internal` location for documents."""

from urllib.parse import quote

from django.conf import settings

from core.sendfile import document_response


def sendfile(request, filename, **kwargs):
    # nginx decodes the redirect URI before mapping it onto the aliased folder, so names with
    # spaces or accents must be percent-encoded.
    prefix = settings.DOCUMENTS_SENDFILE_URL.rstrip("/") + "/"
    return document_response(
        filename, "X-Accel-Redirect", lambda path, relative: prefix + quote(relative.as_posix())
    )
