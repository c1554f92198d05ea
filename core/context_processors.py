import uuid

from core.cache import SHELL_CACHE_SECONDS, content_version


def shell_cache(request):
    """What templates need to cache the shell: the content version and the lifetime.

    A preview shows a draft, which must never reach the fragments that visitors are
    served: it gets a version of its own and a lifetime of zero, so it neither reads nor
    leaves anything in the cache.
    """
    if getattr(request, "is_preview", False):
        return {"content_version": f"preview-{uuid.uuid4().hex}", "shell_cache_seconds": 0}
    return {"content_version": content_version(), "shell_cache_seconds": SHELL_CACHE_SECONDS}
