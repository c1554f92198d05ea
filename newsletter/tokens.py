"""The signed parts of the links in newsletter mails.

A confirmation link expires (CONFIRMATION_VALID): an address that was typed by someone
else must not be confirmable months later from an old mail. An unsubscribe link never
expires: it is in every newsletter, and an old newsletter must still let its reader go.
Both carry the address, signed with SECRET_KEY and a salt of their own, so one kind of
link cannot be used as the other and no link can be made up for another address.
"""

from datetime import timedelta

from django.core import signing

CONFIRMATION_VALID = timedelta(days=7)
CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class LinkExpired(Exception):
    """A genuine confirmation link, but older than CONFIRMATION_VALID."""


class LinkInvalid(Exception):
    """A link that this site did not make (cut short, altered, or made up)."""


def confirmation_token(email):
    return signing.dumps(email, salt=CONFIRM_SALT, compress=True)


def email_from_confirmation_token(token):
    """The address a confirmation link was made for; LinkExpired or LinkInvalid if none."""
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRMATION_VALID)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature as bad:
        raise LinkInvalid from bad


def unsubscribe_token(email):
    return signing.dumps(email, salt=UNSUBSCRIBE_SALT, compress=True)


def email_from_unsubscribe_token(token):
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature as bad:
        raise LinkInvalid from bad
