"""The reactions under an article: `{% reactions page %}` in the page's template."""

from django import template
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage

from reactions.forms import ReactionForm
from reactions.rules import is_open, reaction_counts, shown_reactions, takes_reactions
from reactions.views import MESSAGE_TAG

register = template.Library()


@register.inclusion_tag("reactions/section.html", takes_context=True)
def reactions(context, page):
    """The approved reactions of `page` in its own language, oldest first, their number,
    and the form while the article is open. Nothing for a draft, a preview or a page the
    public may not see."""
    if not shows_reactions(context, page):
        return {"shown": False}
    request = context["request"]
    # After a post with errors the view serves the article with the bound form.
    form = getattr(request, "reaction_form", None)
    return {
        "shown": True,
        "page": page,
        "reactions": shown_reactions(page),
        "is_open": is_open(page),
        "form": form if form is not None else ReactionForm(),
        "notices": our_notices(request),
    }


@register.simple_tag(takes_context=True)
def reaction_count(context, page):
    """How many approved reactions `page` shows, for its card or its date line: 0 for a page
    type without reactions, a preview or a page the public may not see (as `reactions`).
    The counts of all pages are read once per request, however many cards a list has."""
    if not shows_reactions(context, page):
        return 0
    request = context["request"]
    counts = getattr(request, "reaction_counts", None)
    if counts is None:
        counts = request.reaction_counts = reaction_counts()
    return counts.get(page.pk, 0)


def shows_reactions(context, page):
    """Whether `page` shows reactions where it is rendered: a visitor's page of a type that
    takes them, not a preview (which has a request too) and not a page the public may not
    see (reactions/rules.py)."""
    request = context.get("request")
    return (
        request is not None and not getattr(request, "is_preview", False) and takes_reactions(page)
    )


def our_notices(request):
    """The "awaiting moderation" message after a post, read only when a message came with
    the request: reading the messages otherwise makes Django delete their (absent) cookie,
    and an answer that touches a cookie is never kept in the page cache."""
    if CookieStorage.cookie_name not in request.COOKIES:
        return []
    storage = get_messages(request)
    notices = [message for message in storage if MESSAGE_TAG in message.tags]
    storage.used = bool(notices)  # any other message stays for the page it belongs to
    return notices
