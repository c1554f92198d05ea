"""Mark the query's words on a page opened from the search results.

A result's link carries the words that matched (`?highlight=gemeenschappen+zorg`). The
pages belong to other apps and their templates, so rather than ask each of them to load
a script, this middleware adds search/highlight.js to an HTML page requested with that
parameter, and to no other. The script marks the words in the page's text through the
DOM (never as HTML), so the parameter cannot inject anything.
"""

from django.templatetags.static import static
from django.utils.html import format_html

CLOSING_BODY = b"</body>"


def highlight_search_words(get_response):
    def middleware(request):
        response = get_response(request)
        if (
            request.method == "GET"
            and request.GET.get("highlight")
            and response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and CLOSING_BODY in response.content
        ):
            script = format_html('<script src="{}" defer></script>', static("search/highlight.js"))
            head, _, tail = response.content.rpartition(CLOSING_BODY)
            response.content = head + script.encode() + CLOSING_BODY + tail
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response

    return middleware
