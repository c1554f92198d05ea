"""Settings for `make run`: a local SQLite site that behaves like the public one.

DEBUG is off by default so a trial run shows the visitor's 404 and 500 pages; set
DEBUG=true for Django's debug pages.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHE_URL, env_bool

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
STATIC_ROOT = None  # served from the finders; collectstatic is for production

# `make run` runs the scheduler (manage.py run_scheduler) beside runserver: two processes,
# which must share the content version and the cached pages, or a scheduled item would reach
# the news list only when the cached list expires. A file cache is shared without installing
# anything; CACHE_URL/REDIS_URL still wins (base.py).
if not CACHE_URL:
    CACHES = {
        name: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": BASE_DIR / ".cache" / name,
            "OPTIONS": {"MAX_ENTRIES": entries},
        }
        for name, entries in (("default", 5000), ("renditions", 20000), ("pages", 5000))
    }
