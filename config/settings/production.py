"""Settings for a real deployment: gunicorn behind a TLS proxy, PostgreSQL, whitenoise."""

import os
import sys

from .base import *  # noqa: F403
from .base import env_bool
from .operations import logging_config

if not SECRET_KEY:  # noqa: F405
    sys.exit("SECRET_KEY is not set: production refuses to start without it.")

DEBUG = False

# The media storage of base.py; static files compressed and hashed by whitenoise.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# A proxy that terminates TLS sets X-Forwarded-Proto; SECURE_SSL_REDIRECT=false leaves the
# redirect to that proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Logs are JSON lines for the log collector unless LOG_FORMAT=text.
LOGGING = logging_config(LOG_FORMAT or "json", LOG_LEVEL, LOG_CLIENT_IP)  # noqa: F405
