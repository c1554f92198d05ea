"""What signing up, confirming and unsubscribing do to a subscriber.

The answer a visitor sees never depends on what was already stored (views.py), so these
functions may differ in what they do without anyone learning who subscribes.
"""

from enum import Enum

from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from newsletter.models import Subscriber

# However often an address is entered, its mailbox gets at most one confirmation mail in
# this many seconds: the form cannot be used to flood someone else's inbox.
CONFIRMATION_MAIL_INTERVAL = 10 * 60


def sign_up(email, name, language):
    """Record the sign-up; the subscriber to send a confirmation mail to, or None.

    New, pending and unsubscribed addresses (the last may come back) wait for confirmation
    again; a confirmed address stays as it is and gets no mail.
    """
    subscriber, created = Subscriber.objects.get_or_create(
        email=email, defaults={"name": name, "language": language}
    )
    if not created:
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return None
        subscriber.name = name
        subscriber.language = language
        subscriber.status = Subscriber.Status.PENDING
        subscriber.consented_at = timezone.now()
        subscriber.confirmed_at = None
        subscriber.save()
    return subscriber if may_mail_now(email) else None


def may_mail_now(email):
    """True at most once per CONFIRMATION_MAIL_INTERVAL for one address (in the shared
    cache, under a hash: no address is kept there)."""
    digest = salted_hmac("newsletter.confirmation-mail", email).hexdigest()
    return cache.add(f"newsletter:mailed:{digest}", 1, timeout=CONFIRMATION_MAIL_INTERVAL)


class Confirmation(Enum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already confirmed"
    NOT_PENDING = "not pending"  # unsubscribed or removed since the mail was sent


def confirm(email):
    subscriber = Subscriber.objects.filter(email=email).first()
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return Confirmation.NOT_PENDING
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return Confirmation.ALREADY_CONFIRMED
    # Conditional, so a double click counts once even when both clicks arrive together.
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=timezone.now()
    )
    return Confirmation.CONFIRMED if updated else Confirmation.ALREADY_CONFIRMED


def unsubscribe(email):
    """Stop every mail to the address. An address staff removed has nothing left to stop."""
    Subscriber.objects.filter(email=email).exclude(status=Subscriber.Status.UNSUBSCRIBED).update(
        status=Subscriber.Status.UNSUBSCRIBED
    )
