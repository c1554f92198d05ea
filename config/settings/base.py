"""Settings shared by every environment. Each value read from the environment is read here once."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "themes",
    "news",
    "participants",
    "home",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, as wagtail-localize's docs ask
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.shell_cache",
            ],
        },
    },
]

# SQLite is the embedded default so that `make run` needs nothing installed;
# production and CI point DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the site's own language and lives at the root, English under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Per-process caches by default. The shell fragments and Wagtail's renditions each get
# their own, so that many renditions cannot push the shell out (see core/cache.py).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "default",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "radicalevernieuwing@loc.nl")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Radicale vernieuwing"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "txt", "csv", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# Machine translation in wagtail-localize's editor, with DeepL when a key is set. Without
# one the editor offers no machine translation and the translations report says so.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.server": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Static files come from the finders too, so that a local run needs no collectstatic.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS")
# Uploaded media are served by Django only when asked (a local run); production serves them
# from the web server or object storage.
SERVE_MEDIA = env_bool("SERVE_MEDIA")

# Site search (search/): a page opened from the results gets its searched words marked.
MIDDLEWARE += ["search.middleware.highlight_search_words"]

# --- Security: login throttle (django-axes), Content-Security-Policy, Permissions-Policy ---
from datetime import timedelta  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

from csp.constants import NONCE, NONE, SELF  # noqa: E402
from wagtail.embeds.oembed_providers import vimeo as oembed_vimeo  # noqa: E402
from wagtail.embeds.oembed_providers import youtube as oembed_youtube  # noqa: E402

INSTALLED_APPS += ["axes", "csp"]
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

# Content-Security-Policy (django-csp): the browser runs, shows and sends only what these
# origins allow. Public pages have no inline script or style; the nonce is there for a
# future inline script (`nonce="{{ request.csp_nonce }}"`). Video blocks embed only these
# players, so the embed finder, frame-src and Permissions-Policy share one list.
VIDEO_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_youtube, oembed_vimeo]}
]
# Images come from this site, or from the media host when MEDIA_URL is absolute (a CDN).
_MEDIA_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL)) if "//" in MEDIA_URL else SELF
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", _MEDIA_ORIGIN],
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
# Outermost but for SecurityMiddleware, so that every answer carries the headers: pages,
# errors, documents, static files and the lockout page that AxesMiddleware makes.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "core.security_headers.SiteCSPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "core.security_headers.permissions_policy",
)
# Once the language is known, a locked-out login is refused before anything else runs,
# after a pause of LOGIN_TARPIT_SECONDS in at most LOGIN_TARPIT_THREADS threads per process:
# half of a gunicorn worker's threads (GUNICORN_THREADS, read by gunicorn.conf.py too).
LOGIN_TARPIT_SECONDS = 1
LOGIN_TARPIT_THREADS = max(1, int(os.environ.get("GUNICORN_THREADS", "8")) // 2)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1,
    "core.login_lockout.refuse_locked_out_logins",
)
# Last, as axes asks: it turns the lockout flag that its backend sets into the 429 page.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]

# --- Links: allowed URL schemes ---

# --- Documents and downloads ---
# Every document goes through Wagtail's serve view, so the privacy hooks
# (before_serve_document) decide before a byte is sent; never a direct link to MEDIA_ROOT.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Who sends the bytes once Django has said yes. "none": a gunicorn thread streams them.
# "nginx" (X-Accel-Redirect to DOCUMENTS_SENDFILE_URL, an `internal` location aliasing
# MEDIA_ROOT/documents) or "apache" (X-Sendfile): the proxy sends them, so a slow reader
# holds no Python thread at all. README, "Documents and downloads", has the proxy setup.
DOCUMENTS_SENDFILE = os.environ.get("DOCUMENTS_SENDFILE", "none").strip().lower()
DOCUMENTS_SENDFILE_URL = os.environ.get("DOCUMENTS_SENDFILE_URL", "/internal-documents/")
_SENDFILE_BACKENDS = {"nginx": "core.sendfile.nginx", "apache": "core.sendfile.apache"}
if DOCUMENTS_SENDFILE in _SENDFILE_BACKENDS:
    # Wagtail streams the file itself while SENDFILE_BACKEND is not defined at all.
    SENDFILE_BACKEND = _SENDFILE_BACKENDS[DOCUMENTS_SENDFILE]
elif DOCUMENTS_SENDFILE != "none":
    raise ValueError(f"DOCUMENTS_SENDFILE is none, nginx or apache, not {DOCUMENTS_SENDFILE!r}")
# How many proxies in front of the site append the client's address to X-Forwarded-For
# (1 with the README's nginx). 0 trusts no header and takes the connection's own address.
# The download counter tells visitors apart by it (core/client_address.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# collectstatic's target; bench/live_site.py collects into a temporary folder.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))

# --- Uploads and the search log ---
# Search log days older than this are deleted, once a day by the site itself and on demand
# by `manage.py purge_search_log` (search/querylog.py).
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "365"))
# A 120-megapixel PNG took 5 s and 1 GB for one rendition; 40 MP is a large camera photo.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# A full or read-only media folder: the storage removes what it half wrote and raises
# MediaWriteError; the upload forms write the file while validating, so every upload view
# (single, multiple, chooser, replacing a file) shows that as a message on the form.
STORAGES["default"] = {"BACKEND": "core.storage.CleanupFileSystemStorage"}
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.DocumentForm"

# --- Operations: shared cache, error reporting, logs, backups ---
from email.utils import getaddresses  # noqa: E402

from django.core.exceptions import ImproperlyConfigured  # noqa: E402

# operations/: the 503 page for a database outage (handler500 in config/urls.py), error
# reports without secrets, JSON logs, and `backup_site` / `restore_site`.
INSTALLED_APPS += ["operations"]

# Errors reach somebody: Django mails each server error to ADMINS, e.g.
# ADMINS="Beheer <beheer@example.nl>,dienst@example.nl". Without ADMINS nobody is mailed.
ADMINS = [
    (name, address) for name, address in getaddresses([os.environ.get("ADMINS", "")]) if address
]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_SUBJECT_PREFIX = "[Radicale vernieuwing] "
DEFAULT_EXCEPTION_REPORTER_FILTER = "operations.errors.SiteExceptionReporterFilter"

# Logs on stdout: JSON lines for a log collector (production's default) or readable text
# (everywhere else). Request logs carry path and status; the client address only on request.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower()
if LOG_FORMAT not in {"", "json", "text"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, not {LOG_FORMAT!r}.")
LOG_CLIENT_IP = env_bool("LOG_CLIENT_IP")
LOGGING.setdefault("formatters", {}).update(
    {
        "text": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
        "json": {"()": "operations.log_format.JsonLogFormatter", "client_ip": LOG_CLIENT_IP},
    }
)
LOGGING.setdefault("filters", {}).update(
    {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "once_per_ten_minutes": {"()": "operations.errors.OncePerInterval", "seconds": 600},
    }
)
LOGGING["handlers"]["console"].update(
    {"stream": "ext://sys.stdout", "formatter": LOG_FORMAT or "text"}
)
# Django's own handler; it sends nothing while ADMINS is empty, and nothing under DEBUG.
LOGGING["handlers"]["mail_admins"] = {
    "level": "ERROR",
    "filters": ["require_debug_false", "once_per_ten_minutes"],
    "class": "django.utils.log.AdminEmailHandler",
}
LOGGING["loggers"]["django"] = {"handlers": ["mail_admins"], "level": "INFO"}


# One cache shared by every process (CACHE_URL or REDIS_URL, e.g. redis://127.0.0.1:6379/0),
# so that a publish in one worker renews the header and footer of all (core/cache.py), and
# a deleted rendition leaves no worker pointing at its file. Without it: per-process caches.
def redis_caches(url, key_prefix):
    """The default and renditions caches in Redis, failing soft: while Redis is unreachable
    the cache misses (and django-redis logs it), pages are rendered from the database."""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"CACHE_URL/REDIS_URL must be a Redis URL, not {url!r}.")
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    return {
        name: {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"{key_prefix}:{name}",
            "OPTIONS": options,
        }
        for name in ("default", "renditions")
    }


CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL", "")
if CACHE_URL:
    CACHES = redis_caches(CACHE_URL, os.environ.get("CACHE_KEY_PREFIX", "rv"))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# --- The WordPress import and the old site's addresses ---
# wordpress/: `manage.py import_wordpress` brings the old site's posts over, and every address
# of the old site keeps working through Wagtail redirects that staff see and edit.
INSTALLED_APPS += ["wordpress"]
# Wagtail's RedirectMiddleware drops the query string (Wagtail issue #4414), so a newsletter's
# utm_* parameters were lost on every redirect; this one carries them through, and also
# answers WordPress's /?p=<id> addresses, which the home page would otherwise serve.
MIDDLEWARE[MIDDLEWARE.index("wagtail.contrib.redirects.middleware.RedirectMiddleware")] = (
    "wordpress.middleware.RedirectKeepingQueryMiddleware"
)
# The old site's addresses of a post besides its permalink and guid; {slug}, {year} and
# {month} (two digits) come from the post. Each becomes a redirect to the imported page.
WORDPRESS_OLD_POST_PATHS = ["/actueel/{slug}/", "/vvt/actueel/{slug}/", "/{year}/{month}/{slug}/"]
# The old site's news archives, redirected to the news overview.
WORDPRESS_OLD_NEWS_PATHS = ["/actueel/", "/vvt/actueel/"]
