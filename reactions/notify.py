"""The mail that tells the editors (Eindredactie) a reaction awaits them."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from newsroom.roles import EDITORS

logger = logging.getLogger(__name__)


def editors_addresses():
    users = get_user_model().objects.filter(groups__name=EDITORS, is_active=True)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def queue_url(request):
    """The admin's list of reactions awaiting moderation, as a full address."""
    path = reverse("wagtailsnippets_reactions_reaction:list") + "?status=pending"
    return request.build_absolute_uri(path)


def notify_editors(reaction, request):
    """Mail every active member of Eindredactie: a reaction to this article awaits them.
    The reactor's e-mail address is in neither subject nor text; the queue has it."""
    recipients = editors_addresses()
    if not recipients:
        return
    page = reaction.page
    # The editors' language is the admin's, Dutch, whatever the article's language.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "reaction": reaction,
            "page": page,
            "language": translation.get_language_info(page.locale.language_code)["name_local"],
            "page_url": page.get_full_url(request),
            "queue_url": queue_url(request),
        }
        subject = render_to_string("reactions/email/notify_subject.txt", context)
        text = render_to_string("reactions/email/notify.txt", context)
    try:
        # The prefix of the site's other staff mail, so a mail filter can sort it.
        subject = settings.EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
        send_mail(subject, text, None, recipients)
    except OSError as error:  # SMTP errors too: the reaction is stored, the queue shows it
        logger.error("Could not tell the editors of reaction %s: %s", reaction.pk, error)
