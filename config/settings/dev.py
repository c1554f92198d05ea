"""Settings for `make run`: a local SQLite site that behaves like the public one.

DEBUG is off by default so a trial run shows the visitor's 404 and 500 pages; set
DEBUG=true for Django's debug pages.
"""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
STATIC_ROOT = None  # served from the finders; collectstatic is for production
