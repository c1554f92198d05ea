"""Who counts as a download of a publication, and how a visitor is recognised for one day
without keeping anything that identifies them.

A download counts once per visitor, publication and day. The visitor is recognised by a
keyed hash (HMAC-SHA256) of their address, user agent and the publication, under a key
derived from SECRET_KEY and the date: the key changes every day, so yesterday's digests
cannot be linked to today's, and they are deleted once the day is over
(news.models.CountedDownload). No address, user agent or cookie is stored.
"""

import re

from django.utils.crypto import salted_hmac

from core.client_address import client_address

# Crawlers, link-preview fetchers and scripts: they fetch a file, nobody reads it. "cubot" is
# a phone brand whose browsers would otherwise match "bot". A request without a user agent
# is a script too: every browser sends one.
AUTOMATED_AGENT = re.compile(
    r"(?<!cu)bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|embedly|iframely"
    r"|lighthouse|validator|monitor|curl|wget|python|java/|go-http|okhttp|libwww|httpclient"
    r"|axios|node-fetch",
    re.IGNORECASE,
)


def counts_as_download(request):
    """A GET by something other than a known crawler or script; HEAD and POST never count."""
    user_agent = request.headers.get("User-Agent", "")
    return (
        request.method == "GET"
        and bool(user_agent.strip())
        and not AUTOMATED_AGENT.search(user_agent)
    )


def visitor_digest(request, publication_id, day):
    """The same visitor, publication and day always give the same digest; another day's key
    gives an unrelated one."""
    visitor = "\n".join(
        [client_address(request), request.headers.get("User-Agent", ""), str(publication_id)]
    )
    return salted_hmac(f"news.downloads.{day.isoformat()}", visitor, algorithm="sha256").hexdigest()
