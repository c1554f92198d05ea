"""Media storage that fails cleanly: when a file cannot be written whole (a full disk, a
read-only or missing media folder), nothing half-written stays behind and the caller gets
one exception type it can turn into a message (see core/upload_forms.py)."""

import contextlib
import os

from django.core.files.storage import FileSystemStorage


class MediaWriteError(OSError):
    """The media storage could not store a file; nothing of it was kept."""


class CleanupFileSystemStorage(FileSystemStorage):
    """Django's FileSystemStorage, minus the truncated file it leaves when writing fails."""

    def _save(self, name, content):
        full_path = self.path(name)
        # Storage.save() chose a free name; a file already there is not ours to remove.
        existed = os.path.lexists(full_path)
        try:
            return super()._save(name, content)
        except OSError as error:
            if not existed:
                # Best effort: when the folder refused the file, there is nothing to remove,
                # and what the editor must hear about is the original error.
                with contextlib.suppress(OSError):
                    os.remove(full_path)
            raise MediaWriteError(
                error.errno, f"Could not store {name}: {error.strerror or error}"
            ) from error
