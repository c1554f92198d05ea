"""Hand a document that Django has allowed to the proxy in front, which sends its bytes.

Wagtail's document serve view calls `sendfile(request, path, mimetype=...)` of the module
named in SENDFILE_BACKEND (set from DOCUMENTS_SENDFILE), after its privacy hooks have run,
and adds the content type, disposition, length and security headers itself.
"""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse


def documents_folder():
    """The folder Wagtail stores documents in, the only one a proxy may send from."""
    return (Path(settings.MEDIA_ROOT) / "documents").resolve()


def document_response(filename, header, value_for):
    """An empty response whose `header` tells the proxy which file to send instead."""
    path = Path(filename).resolve()
    # A path outside the documents folder would widen what the proxy's internal location
    # must expose; refuse rather than send it.
    relative = path.relative_to(documents_folder())
    response = HttpResponse()
    response[header] = value_for(path, relative)
    return response
