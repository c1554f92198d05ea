"""Editing panels shared by the page types: choosers that open where staff look first."""

from django import forms
from django.templatetags.static import static
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page


class SectionPageChooser(AdminPageChooser):
    """Wagtail's page chooser, told where to open while nothing is chosen yet."""

    js_constructor = "SectionPageChooser"
    start_at = None

    def get_js_init_options(self, id_, name, value_data):
        options = super().get_js_init_options(id_, name, value_data)
        if self.start_at is not None:
            options["startAt"] = self.start_at
        return options

    @property
    def media(self):
        return super().media + forms.Media(js=[static("core/section-page-chooser.js")])


class SectionChooserPanel(FieldPanel):
    """A chooser for one page type (a theme, a participant) that opens at that type's
    overview page in the language of the page being edited. Wagtail would open at the
    pages' common ancestor: with two languages, the root of the whole tree."""

    def get_form_options(self):
        options = super().get_form_options()
        if self.widget is None:
            widget = SectionPageChooser(target_models=[self.db_field.related_model])
            options.setdefault("widgets", {})[self.field_name] = widget
        return options

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is None:  # the field is not on this form
                return
            section = (
                self.panel.db_field.related_model.index_model()
                .objects.filter(locale=locale_being_edited(self.request))
                .values_list("pk", flat=True)
                .first()
            )
            # Each form has its own copy of the field and widget.
            self.bound_field.field.widget.start_at = section


def locale_being_edited(request):
    """The language of the page that the admin request edits or adds a child to."""
    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match else {}
    page_id = kwargs.get("page_id") or kwargs.get("parent_page_id")
    locale_id = Page.objects.filter(pk=page_id).values_list("locale_id", flat=True).first()
    return locale_id or Locale.get_default().pk
