"""What the WordPress import brought over: the old site's item ids and what each became here.

Keyed by the old site and the WordPress post id, so that importing the same export again
updates what changed and duplicates nothing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """One WordPress post or attachment and the page, image or document made from it."""

    POST = "post"
    ATTACHMENT = "attachment"
    KIND_CHOICES = [(POST, _("post")), (ATTACHMENT, _("attachment"))]

    # The old site's address (its host), so that two WordPress sites never share ids.
    site = models.CharField(_("old site"), max_length=200)
    # Null for a file found only by its address in an article, with no attachment record.
    wp_id = models.PositiveBigIntegerField(_("WordPress id"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An attachment's file below wp-content/uploads/, how articles refer to it.
    upload_path = models.CharField(_("file"), max_length=500, blank=True, db_index=True)
    # An attachment's caption on the old site, for the places that show the image.
    caption = models.TextField(_("caption"), blank=True)
    # A digest of what the import read: a later run passes over an unchanged item.
    source_checksum = models.CharField(max_length=64, blank=True)
    # The revision the import wrote; a newer one means staff edited the page since.
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    # A file was missing: a later run tries again, in case it has been copied since.
    complete = models.BooleanField(default=True)
    # Links to old-site articles that were not imported yet when this one was: their old
    # paths, one a line, made into page links at the end of the run once they exist.
    links_pending = models.BooleanField(default=False)
    pending_links = models.TextField(blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress item")
        verbose_name_plural = _("imported WordPress items")
        constraints = [
            models.UniqueConstraint(fields=["site", "wp_id"], name="one_item_per_wordpress_id")
        ]
        indexes = [models.Index(fields=["site", "links_pending"])]

    def __str__(self):
        return f"{self.site} #{self.wp_id} ({self.kind})"
