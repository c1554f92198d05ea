"""Unsafe links in wagtail-localize's translation overrides are refused when they are saved.

In the translation editor, a translator may replace ("override") a link of the source page:
a URL block, a URL field or the address of a link in rich text. wagtail-localize stores the
value as it comes (upstream issue wagtail-localize #305), and StreamField content is not
validated when the translation is published, so `javascript:…` would reach the page.

wagtail-localize's own way to reject a stored override is its error flag: an override with
`has_error` is shown in the editor with its `field_error` message and a warning sign, and is
left out when the translation is published (the source's link is used instead). So an unsafe
link override is flagged with a message in the editor's language. Templates check links
again when they render (core/links.py), whatever reached the database.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_save
from django.utils.translation import gettext
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.models import SegmentOverride, TranslationSource

from core.links import UNSAFE_URL_MESSAGE, validate_safe_url


def _is_link_field(model, field_path):
    """Whether the field (or block) at a wagtail-localize field path holds a link."""
    name, *rest = field_path
    field = model._meta.get_field(name)
    if isinstance(field, models.ManyToOneRel):  # an inline child, such as an orderable
        return bool(rest) and _is_link_field(field.related_model, rest)
    if isinstance(field, StreamField):
        block = field.stream_block
        for block_name in rest:
            if isinstance(block, blocks.ListBlock):
                block = block.child_block
            else:  # a struct or stream block; anything else has no named children
                block = getattr(block, "child_blocks", {}).get(block_name)
        return isinstance(block, blocks.URLBlock)
    return isinstance(field, models.URLField)


def overrides_a_link(override):
    """Whether this override replaces a link rather than, say, an image or a choice."""
    context = override.context
    if context is None:
        return False
    # wagtail-localize quotes one kind of path component only: the address of a rich text link.
    if "'" in context.path:
        return True
    source = TranslationSource.objects.filter(object_id=context.object_id).first()
    if source is None:
        return False
    field_path = context.field_path or context.get_field_path(source.as_instance())
    return _is_link_field(source.specific_content_type.model_class(), field_path.split("."))


def link_problem(override):
    """The editor's message when this override is an unsafe link, else an empty string."""
    if not override.data:
        return ""  # no link in this language: nothing to run
    try:
        validate_safe_url(override.data)
    except ValidationError:
        return gettext(UNSAFE_URL_MESSAGE)
    return ""


def flag_unsafe_link_override(sender, instance, update_fields=None, **kwargs):
    """Flag a link override's new value as refused when it is unsafe, and clear the flag
    once it is replaced by a safe one (wagtail-localize does not clear it on update)."""
    if update_fields is not None and "data_json" not in update_fields:
        return  # wagtail-localize recording its own error: the value did not change
    if not isinstance(instance.data, str) or not overrides_a_link(instance):
        return
    problem = link_problem(instance)
    if (instance.has_error, instance.field_error) != (bool(problem), problem):
        instance.has_error, instance.field_error = bool(problem), problem
        SegmentOverride.objects.filter(pk=instance.pk).update(
            has_error=instance.has_error, field_error=instance.field_error
        )


def connect():
    post_save.connect(
        flag_unsafe_link_override, sender=SegmentOverride, dispatch_uid="unsafe-link-override"
    )
