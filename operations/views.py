"""Django's handler500: a database outage gets a 503 the visitor can wait out, anything else
the friendly 500 page. Both pages are rendered without the database, sessions or a request
context, since any of them may be what failed."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

# Connection refused, server gone, too many connections: the database is unreachable rather
# than the code wrong, so the visitor is asked to come back. Other database errors
# (integrity, programming) are bugs and keep the 500.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Called by Django inside its `except` block for any uncaught exception, in a view or
    in a middleware (sessions and authentication included)."""
    database_unavailable = isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE)
    # The language comes from the path alone: the middleware that sets it may not have run.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        if database_unavailable:
            response = HttpResponse(loader.render_to_string("503.html"), status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        return HttpResponse(loader.render_to_string("500.html"), status=500)
