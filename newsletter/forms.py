"""The sign-up form of the footer, the body block and the sign-up page."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from newsletter.models import NAME_MAX_LENGTH

# Bots fill in every field; people do not see this one (visually hidden, out of the tab
# order, labelled as a trap for those who hear it read out).
HONEYPOT_FIELD = "website"


def language_choices():
    """Each language named in itself, so a reader finds their own whatever the page's."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class SignupForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    name = forms.CharField(label=_("Name (optional)"), max_length=NAME_MAX_LENGTH, required=False)
    language = forms.ChoiceField(label=_("Newsletter language"), choices=language_choices)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, form_id="signup", **kwargs):
        kwargs.setdefault("initial", {"language": (get_language() or "nl")[:2]})
        # Distinct ids, so the footer's form and a body block's can share one page.
        super().__init__(*args, auto_id=f"{form_id}-%s", **kwargs)

    def clean_email(self):
        # One mailbox, one subscriber: nobody types the case of their address the same
        # way twice, and practically no mail server tells them apart.
        return self.cleaned_data["email"].strip().lower()

    def is_from_a_bot(self):
        """Whether the hidden field was filled in (call after is_valid())."""
        return bool(self.cleaned_data.get(HONEYPOT_FIELD) or self.data.get(HONEYPOT_FIELD))
