"""The admin form of a newsletter issue: its pages must be in the issue's language."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class IssueForm(WagtailAdminModelForm):
    def is_valid(self):
        valid = super().is_valid()
        language = getattr(self, "cleaned_data", {}).get("language")
        for item in self.formsets["items"].forms if language else []:
            data = getattr(item, "cleaned_data", {})
            page = data.get("page")
            if page and not data.get("DELETE") and page.locale.language_code != language:
                # A reader of this issue's language would land on a page in another one.
                item.add_error("page", _("This page is not in the language of the issue."))
                valid = False
        return valid
