"""How the running site reports and shares: error mail, log lines and the shared cache.
Functions that base.py calls with what it read from the environment."""

from email.utils import getaddresses

from django.core.exceptions import ImproperlyConfigured


def admins_from(value):
    """ADMINS from e.g. "Beheer <beheer@example.nl>,dienst@example.nl"; [] mails nobody."""
    return [(name, address) for name, address in getaddresses([value]) if address]


def logging_config(log_format, log_level, client_ip):
    """Logs on stdout, as JSON lines for a log collector or as readable text; server errors
    also mailed to ADMINS (Django's handler sends nothing while ADMINS is empty, nothing
    under DEBUG, and the same error at most once per ten minutes per process)."""
    if log_format not in {"json", "text"}:
        raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, not {log_format!r}.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "text": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
            "json": {"()": "operations.log_format.JsonLogFormatter", "client_ip": client_ip},
        },
        "filters": {
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
            "once_per_ten_minutes": {"()": "operations.errors.OncePerInterval", "seconds": 600},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": log_format,
            },
            "mail_admins": {
                "level": "ERROR",
                "filters": ["require_debug_false", "once_per_ten_minutes"],
                "class": "django.utils.log.AdminEmailHandler",
            },
        },
        "root": {"handlers": ["console"], "level": log_level},
        "loggers": {
            "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
            "django": {"handlers": ["mail_admins"], "level": "INFO"},
            # What the scheduler published is worth a line; its errors are mailed.
            "operations.scheduler": {"handlers": ["mail_admins"], "level": "INFO"},
        },
    }


def redis_caches(url, key_prefix):
    """The default, renditions and pages caches in Redis, failing soft: while Redis is unreachable
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
        for name in ("default", "renditions", "pages")
    }
