from core.cache import SHELL_CACHE_SECONDS, content_version


def shell_cache(request):
    """What templates need to cache the shell: the content version and the lifetime."""
    return {"content_version": content_version(), "shell_cache_seconds": SHELL_CACHE_SECONDS}
