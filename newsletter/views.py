"""Sign-up, confirmation and unsubscribe pages, in the language of their address."""

from datetime import timedelta

from csp.decorators import csp_update
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.throttle import throttle_posts
from newsletter import subscriptions
from newsletter.digest import render_issue, site_base_url
from newsletter.forms import SignupForm
from newsletter.mail import send_confirmation
from newsletter.models import NewsletterIssue
from newsletter.subscriptions import Confirmation
from newsletter.tokens import (
    CONFIRMATION_VALID,
    LinkExpired,
    LinkInvalid,
    email_from_confirmation_token,
    email_from_unsubscribe_token,
)

# Sign-ups from one client (one address behind the proxies, core/client_address.py).
SIGNUPS_PER_CLIENT = 10
SIGNUP_PERIOD = timedelta(hours=1)


def message_page(request, title, text, status=200, form=None, action_url=None):
    context = {"title": title, "text": text, "form": form, "action_url": action_url}
    return render(request, "newsletter/message.html", context, status=status)


# No CSRF token: the form sits in the footer of every page, and a token would set the
# csrftoken cookie there and keep every page out of the anonymous page cache
# (core/page_cache.py). A forged sign-up can do no harm: it only ever sends a confirmation
# mail that its owner must click, at most one per address per ten minutes, and the view is
# throttled per client; the answer is the same whatever was stored, so it reveals nothing.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
@throttle_posts("newsletter-signup", limit=SIGNUPS_PER_CLIENT, period=SIGNUP_PERIOD)
def signup(request):
    if request.method != "POST":
        return render(request, "newsletter/signup.html", {"form": SignupForm()})
    form = SignupForm(request.POST)
    if not form.is_valid():
        return render(request, "newsletter/signup.html", {"form": form}, status=400)
    # A bot is answered like a person, so that it learns nothing to adapt to.
    if not form.is_from_a_bot():
        data = form.cleaned_data
        subscriber = subscriptions.sign_up(data["email"], data["name"], data["language"])
        if subscriber is not None:
            send_confirmation(subscriber, request.build_absolute_uri("/"))
    return message_page(
        request,
        _("Check your mailbox"),
        _(
            "If the address is not subscribed yet, you will receive an e-mail in a few "
            "minutes with a link to confirm your subscription. No mail? Check your spam folder."
        ),
    )


@never_cache
@require_http_methods(["GET"])  # not HEAD: some link checkers send one; they must not confirm
def confirm(request, token):
    try:
        outcome = subscriptions.confirm(email_from_confirmation_token(token))
    except LinkExpired:
        return message_page(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for %(days)s days. Please sign up again.")
            % {"days": CONFIRMATION_VALID.days},
            status=400,
            form=SignupForm(),
        )
    except LinkInvalid:
        return invalid_link(request)
    if outcome is Confirmation.NOT_PENDING:
        return message_page(
            request,
            _("This link is no longer valid"),
            _("The address was unsubscribed after this mail was sent. Please sign up again."),
            status=400,
            form=SignupForm(),
        )
    return message_page(
        request,
        _("Your subscription is confirmed"),
        _("Thank you! From now on you will receive the newsletter."),
    )


# Exempt from CSRF: mail programs POST `List-Unsubscribe=One-Click` to the link without a
# token (RFC 8058). The signed link itself is the authority: whoever has it may use it.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        email = email_from_unsubscribe_token(token)
    except LinkInvalid:
        return invalid_link(request)
    if request.method != "POST":
        # A button, not a change on GET: link scanners of mail services open every link.
        return message_page(
            request,
            _("Unsubscribe from the newsletter"),
            _("Do you no longer want to receive the newsletter at %(email)s?") % {"email": email},
            action_url=request.path,
        )
    subscriptions.unsubscribe(email)
    return message_page(
        request,
        _("You are unsubscribed"),
        _("You will not receive the newsletter any more. Changed your mind? Sign up again."),
        form=SignupForm(),
    )


# The mail's own inline styles (mail programs ignore style sheets); nothing else inline.
@csp_update({"style-src": ["'unsafe-inline'"]})
def issue_web_version(request, pk):
    """An issue as it was mailed, for readers whose mail program shows it badly. Only sent
    issues, and in their own language's address."""
    issue = get_object_or_404(
        NewsletterIssue,
        pk=pk,
        status__in=[NewsletterIssue.Status.SENDING, NewsletterIssue.Status.SENT],
    )
    if issue.language != get_language():
        raise Http404("The issue is in another language")
    _subject, _text, html = render_issue(issue, site_base_url(), unsubscribe_link=None)
    return HttpResponse(html)


def invalid_link(request):
    return message_page(
        request,
        _("This link does not work"),
        _("The link is incomplete or has been changed. Please copy the whole link from the mail."),
        status=400,
    )
