"""The admin's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE), with one change: a new file is written to the media storage
as the last step of validation, not when the form is saved.

Why: Wagtail's upload views (single, multiple, the choosers' upload tab, replacing a file)
all show a form's errors to the editor, but none of them expects saving to fail, so a full
or read-only media folder used to give the visitors' 500 page. Written during validation, a
failure becomes an error on the file field that every one of those views already shows, no
row is saved, and a replaced file is only deleted after its successor is safely stored.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.storage import MediaWriteError

STORAGE_FAILED = _(
    "The file could not be saved: the storage is full or not writable. Nothing was saved; "
    "try again later or contact the administrator."
)


class StoreFileWhenValidMixin:
    """Write a valid form's new file to storage before the form counts as valid."""

    def _post_clean(self):
        super()._post_clean()
        file = self.instance.file
        if self.errors or "file" not in self.changed_data or not file or file._committed:
            return
        try:
            # What FileField.pre_save() would do at save(); the model then finds it stored.
            file.save(file.name, file.file, save=False)
        except MediaWriteError:
            # Back to the file that is stored, which the form shown again may preview.
            self.instance.file = self.original_file
            self.add_error("file", STORAGE_FAILED)


class ImageForm(StoreFileWhenValidMixin, BaseImageForm):
    pass


class DocumentForm(StoreFileWhenValidMixin, BaseDocumentForm):
    pass
