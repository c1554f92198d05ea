"""The address a visitor's request came from, also behind the site's own proxies."""

from django.conf import settings


def client_address(request):
    """The client's IP address as the nearest untrusted hop saw it.

    Each of the TRUSTED_PROXY_COUNT proxies in front appends the address it received the
    request from to X-Forwarded-For; what a client wrote there itself stands further left and
    is ignored, so nobody can pose as another address by sending the header.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",")]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
