"""Apache sends the document: X-Sendfile with the file's path (mod_xsendfile)."""

from core.sendfile import document_response


def sendfile(request, filename, **kwargs):
    return document_response(filename, "X-Sendfile", lambda path, relative: str(path))
