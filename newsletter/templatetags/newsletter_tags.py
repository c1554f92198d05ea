"""The sign-up form, rendered wherever a template asks for it (footer, body block, pages)."""

from django import template
from django.utils.translation import get_language

from newsletter.forms import SignupForm
from newsletter.models import NewsletterSettings

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html")
def newsletter_signup_form(form=None, form_id="signup"):
    """`form` keeps what a visitor typed and its errors; without it, an empty form whose
    language is the page's. The consent sentence is the one staff wrote for the language."""
    return {
        "form": form or SignupForm(form_id=form_id),
        "form_id": form_id,
        "consent": NewsletterSettings.load().consent_for((get_language() or "nl")[:2]),
    }


@register.simple_tag
def signup_form_in_body(page):
    """Whether the page's body has the sign-up block, read from its stored data without
    building the blocks (the footer then leaves its own form out)."""
    body = getattr(page, "body", None)
    raw = getattr(body, "raw_data", None) or []
    return any(block.get("type") == "newsletter_signup" for block in raw)
