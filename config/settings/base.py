"""Settings shared by every environment. Each value read from the environment is read here once."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .operations import admins_from, logging_config, redis_caches
from .security import *  # noqa: F403  (lockout, Content-Security-Policy, Permissions-Policy)

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
    "events",  # the agenda: events, their calendar files and feed (README, "Events")
    "search",
    "newsletter",  # subscribers with double opt-in (README, "Newsletter")
    "newsroom",  # the roles Redactie, Eindredactie, Vertalers and their workflow
    "printable",  # "Download as PDF" of news items and events (README, "Print and share")
    "reactions",  # moderated reactions under news items (README, "Reactions")
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, as wagtail-localize's docs ask
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
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
    "axes",  # login lockout (config/settings/security.py)
    "csp",  # Content-Security-Policy
    "operations",  # the 503 page, error reports, JSON logs, backup_site / restore_site
    "wordpress",  # import_wordpress and the old site's addresses
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost but for SecurityMiddleware, so that every answer carries the headers: pages,
    # errors, documents, static files and the lockout page that AxesMiddleware makes.
    "core.security_headers.permissions_policy",
    "core.security_headers.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' pages from the cache, and Cache-Control on every answer: before
    # sessions, so that a cached page costs no more than a cache read.
    "core.page_cache.page_cache",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address alone: no `Vary: Accept-Language`.
    "core.locale_middleware.LanguageFromPathMiddleware",
    # Once the language is known, a locked-out login is refused before anything else runs.
    "core.login_lockout.refuse_locked_out_logins",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's redirects, keeping the query string (utm_*): Wagtail issue #4414.
    "wordpress.middleware.RedirectKeepingQueryMiddleware",
    # A page opened from the search results gets its searched words marked.
    "search.middleware.highlight_search_words",
    # Last, as axes asks: it turns the lockout flag that its backend sets into the 429 page.
    "axes.middleware.AxesMiddleware",
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

# Per-process caches by default. The shell fragments, Wagtail's renditions and whole pages
# each get their own, so that many renditions or pages cannot push the shell out.
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
    # Whole pages for anonymous visitors (core/page_cache.py) and the lists they show
    # (core/cache.py): many entries, so apart, where a crawl of the archive or of odd query
    # strings cannot push out the shell or the content version.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

STATIC_URL = "/static/"
# collectstatic's target; bench/live_site.py collects into a temporary folder.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # A full or read-only media folder: the storage removes what it half wrote and raises
    # MediaWriteError; the upload forms write the file while validating, so every upload
    # view (single, multiple, chooser, replacing a file) shows that as a message on the form.
    "default": {"BACKEND": "core.storage.CleanupFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "radicalevernieuwing@loc.nl")
# Errors reach somebody: Django mails each server error to ADMINS (operations.py).
ADMINS = admins_from(os.environ.get("ADMINS", ""))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_SUBJECT_PREFIX = "[Radicale vernieuwing] "
DEFAULT_EXCEPTION_REPORTER_FILTER = "operations.errors.SiteExceptionReporterFilter"

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

# Logs on stdout: JSON lines (production's default) or readable text (everywhere else).
# Request logs carry path and status; the client address only with LOG_CLIENT_IP.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower()
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOG_CLIENT_IP = env_bool("LOG_CLIENT_IP")
LOGGING = logging_config(LOG_FORMAT or "text", LOG_LEVEL, LOG_CLIENT_IP)

# Static files come from the finders too, so that a local run needs no collectstatic.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS")
# Uploaded media are served by Django only when asked (a local run); production serves them
# from the web server or object storage.
SERVE_MEDIA = env_bool("SERVE_MEDIA")

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

# --- Uploads and the search log ---
# Search log days older than this are deleted, once a day by the site itself and on demand
# by `manage.py purge_search_log` (search/querylog.py).
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "365"))
# A 120-megapixel PNG took 5 s and 1 GB for one rendition; 40 MP is a large camera photo.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.DocumentForm"

# --- Operations: the shared cache ---
# One cache shared by every process (CACHE_URL or REDIS_URL, e.g. redis://127.0.0.1:6379/0),
# so that a publish in one worker renews the header and footer of all (core/cache.py), and
# a deleted rendition leaves no worker pointing at its file. Without it: per-process caches.
CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL", "")
if CACHE_URL:
    CACHES = redis_caches(CACHE_URL, os.environ.get("CACHE_KEY_PREFIX", "rv"))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# --- A cache in front of the site (Varnish, operations/varnish/) ---
# Its address for PURGE requests, e.g. http://127.0.0.1:6081. On publish, every page that
# shows the item is purged there (core/purge.py); without it, nothing is sent.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)

# --- Cached pages for anonymous visitors (core/page_cache.py) ---
# How long a rendered page is kept (0: not at all). A publish makes every kept page stale
# at once in a shared cache; with per-process caches, other processes notice within this.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# A visitor with one of these cookies may see something personal: never from the cache.
PERSONAL_COOKIES = ("sessionid", "messages")
# Staff pages and previews, and documents, whose privacy is checked on every request.
NEVER_CACHED_PATHS = ("/admin/", "/documenten/")
# "Download as PDF" (printable/): a PDF is kept per published revision and language, so it
# is rendered again only after a publish or once this long has passed.
PDF_CACHE_SECONDS = int(os.environ.get("PDF_CACHE_SECONDS", str(7 * 24 * 3600)))

# --- The WordPress import and the old site's addresses ---
# wordpress/: `manage.py import_wordpress` brings the old site's posts over, and every address
# of the old site keeps working through Wagtail redirects that staff see and edit; its
# middleware (above) carries utm_* through them and answers WordPress's /?p=<id>.
# The old site's addresses of a post besides its permalink and guid; {slug}, {year} and
# {month} (two digits) come from the post. Each becomes a redirect to the imported page.
WORDPRESS_OLD_POST_PATHS = ["/actueel/{slug}/", "/vvt/actueel/{slug}/", "/{year}/{month}/{slug}/"]
# The old site's news archives, redirected to the news overview.
WORDPRESS_OLD_NEWS_PATHS = ["/actueel/", "/vvt/actueel/"]
