"""Security policies that every environment shares: the login lockout (django-axes), the
Content-Security-Policy (django-csp) and the Permissions-Policy. base.py imports them;
core/login_lockout.py and core/security_headers.py apply them."""

import os
from datetime import timedelta

from csp.constants import NONCE, NONE, SELF
from wagtail.embeds.oembed_providers import vimeo as oembed_vimeo
from wagtail.embeds.oembed_providers import youtube as oembed_youtube

# Axes' backend comes first: a locked-out client is refused before ModelBackend hashes the
# password, so a flood of wrong logins costs a few queries each instead of a PBKDF2 run.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lockout per user *at* an address, plus a wider budget per address (core/login_lockout.py).
# Not per user alone: then anyone could lock a staff member out everywhere by typing their
# name wrongly five times. Not per user-at-address alone: then one address could try five
# passwords on every user name. The address budget is larger than the user's, because the
# staff of one care organisation often share one office address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = 4 * AXES_FAILURE_LIMIT
AXES_HANDLER = "core.login_lockout.UserAtAddressHandler"
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
# More wrong passwords during a lockout do not extend it: "wait 15 minutes" stays true, and
# a refused attempt writes nothing to the database.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "core.login_lockout.lockout_response"
# Failed attempts are kept only for the cool-off; successful logins are not logged at all,
# so the site keeps no history of who logged in from which address.
AXES_DISABLE_ACCESS_LOG = True
# A locked-out login waits LOGIN_TARPIT_SECONDS before its refusal, in at most
# LOGIN_TARPIT_THREADS threads per process: half of a gunicorn worker's threads
# (GUNICORN_THREADS, read by gunicorn.conf.py too), so visitors always find threads free.
LOGIN_TARPIT_SECONDS = 1
LOGIN_TARPIT_THREADS = max(1, int(os.environ.get("GUNICORN_THREADS", "8")) // 2)

# Content-Security-Policy: the browser runs, shows and sends only what these origins allow.
# Public pages have no inline script or style; the nonce is there for a future inline
# script (`nonce="{{ request.csp_nonce }}"`). Video blocks embed only these players, so the
# embed finder, frame-src and Permissions-Policy share one list.
VIDEO_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_youtube, oembed_vimeo]}
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # The admin shows pages in its preview iframe; nobody else may frame them.
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin and its page previews (core/security_headers.py chooses by path): Wagtail's
# page editor still has inline scripts and wagtail-localize's editor injects inline styles
# (seen in Chromium, tests/e2e/test_security_policy_journeys.py); Wagtail's dashboard asks
# releases.wagtail.org whether an upgrade is out. Plugins, framing, <base> and foreign form
# targets stay forbidden there too.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "connect-src": [SELF, "https://releases.wagtail.org"],
    }
}
# No Gravatar pictures in the admin: they would tell gravatar.com which staff member opens
# which screen (from the hash of their e-mail address). Wagtail shows its own default image.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Permissions-Policy: features no page of the site uses are off for the page and for every
# frame in it; fullscreen is left to the video players.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "fullscreen": ["self", *VIDEO_EMBED_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "publickey-credentials-get": [],
    "serial": [],
    "usb": [],
}
