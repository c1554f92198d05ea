"""The reaction form under an article: name, e-mail and text, and the checks against spam
that a person never notices (a hidden trap field, a limit on links)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsletter.forms import HONEYPOT_FIELD
from reactions.models import NAME_MAX_LENGTH, TEXT_MAX_LENGTH, Reaction

# More links than this make a reaction spam: people quote a source or two, spammers a list.
MAX_LINKS = 2
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def count_links(text):
    return len(LINK.findall(text))


class ReactionForm(forms.ModelForm):
    # The same trap as the newsletter form's: bots fill in every field; people do not see
    # this one (visually hidden, out of the tab order).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Reaction
        fields = ["name", "email", "text"]
        labels = {"name": _("Name"), "email": _("E-mail address"), "text": _("Your reaction")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "text": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="reaction-%s", **kwargs)
        # The browser counts too, so a long text is stopped while it is typed.
        self.fields["name"].widget.attrs["maxlength"] = NAME_MAX_LENGTH
        self.fields["text"].widget.attrs["maxlength"] = TEXT_MAX_LENGTH

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if count_links(name):
            raise forms.ValidationError(_("Please give your name without a web address."))
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if count_links(text) > MAX_LINKS:
            raise forms.ValidationError(
                ngettext(
                    "Your reaction contains more than %(max)d link. Please remove some: "
                    "reactions with many links are held back as spam.",
                    "Your reaction contains more than %(max)d links. Please remove some: "
                    "reactions with many links are held back as spam.",
                    MAX_LINKS,
                )
                % {"max": MAX_LINKS}
            )
        return text

    def is_from_a_bot(self):
        """Whether the hidden field was filled in."""
        return bool(self.data.get(HONEYPOT_FIELD))
