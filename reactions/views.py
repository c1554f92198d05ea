"""Receiving a visitor's reaction: checked, stored as pending, the editors told, and the
visitor sent back to the article with a word that it awaits moderation."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.throttle import is_over_limit, too_many_requests
from reactions.forms import ReactionForm
from reactions.notify import notify_editors
from reactions.rules import is_open, takes_reactions

# Reactions from one client (one address behind the proxies, core/client_address.py).
REACTIONS_PER_CLIENT = 5
REACTION_PERIOD = timedelta(hours=1)
# Lets the article's template tell its own message from any other (reactions/templatetags).
MESSAGE_TAG = "reaction"


# No CSRF token, like the newsletter's form (newsletter/views.py): the form sits on every
# news item, which is cached for anonymous visitors (core/page_cache.py); a token would set
# the csrftoken cookie there and keep every article out of the cache. CSRF forges a
# request with the victim's authority, and a reaction carries none: it is anonymous, so a
# forged one is no more than what the forger could post himself, and it is moderated before
# anyone sees it. What a forger could gain, posting through other people's browsers to get
# past the throttle, is closed by refusing a browser's POST whose Origin is another site.
# The honeypot, the throttle per client, the link limit and moderation answer spam.
@csrf_exempt
@require_POST
def post_reaction(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not takes_reactions(page):
        raise Http404("No reactions on this page")
    with translation.override(page.locale.language_code):
        return receive(request, page)


def receive(request, page):
    if is_from_another_site(request):
        return message(
            request,
            page,
            _("Your reaction was not sent"),
            _("Please write your reaction in the form under the article itself."),
            status=403,
        )
    if is_over_limit(request, "reactions", REACTIONS_PER_CLIENT, REACTION_PERIOD):
        return too_many_requests(request, REACTION_PERIOD)
    if not is_open(page):
        return message(
            request,
            page,
            _("Reactions are closed"),
            _("This article no longer takes reactions. Your reaction was not placed."),
            status=403,
        )
    form = ReactionForm(request.POST)
    if not form.is_valid():
        # The article again, its form filled in as sent, with the errors beside the fields.
        request.reaction_form = form
        response = page.serve(request)
        response.status_code = 400
        return response
    # A bot is answered like a person, so that it learns nothing to adapt to.
    if not form.is_from_a_bot():
        reaction = form.save(commit=False)
        reaction.page = page
        reaction.save()
        notify_editors(reaction, request)
    messages.success(
        request,
        _(
            "Thank you for your reaction. It awaits moderation and will appear under the "
            "article once the editors have approved it."
        ),
        extra_tags=MESSAGE_TAG,
    )
    # Post/Redirect/Get: a reload does not send the reaction twice. The message travels in
    # a cookie that keeps this one view of the article out of the page cache.
    return HttpResponseRedirect(page.url + "#reactions", status=303)


def is_from_another_site(request):
    """Whether a browser sent this POST from a page of another site (its Origin header)."""
    origin = request.headers.get("Origin")
    if not origin or origin in settings.CSRF_TRUSTED_ORIGINS:
        return False
    return urlsplit(origin).netloc != request.get_host()


def message(request, page, title, text, status):
    context = {"article": page, "title": title, "text": text}
    return render(request, "reactions/message.html", context, status=status)
