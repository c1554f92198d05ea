"""Newsletter subscribers, and the sign-up's consent sentence that staff edit.

Only what the AVG/GDPR lets us justify is stored: the address, an optional name, the
language the newsletter is read in, the status and the times of consent and confirmation.
Deleting a subscriber in the admin removes all of it; there is no other history.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

NAME_MAX_LENGTH = 100


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        """The only addresses a newsletter may be sent to."""
        return self.filter(status=Subscriber.Status.CONFIRMED)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    # Stored in lower case (newsletter.forms), so one mailbox is one subscriber.
    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    language = models.CharField(_("language"), max_length=12, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    consented_at = models.DateTimeField(_("consent given at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-consented_at"]
        indexes = [models.Index(fields=["status", "language"], name="subscriber_status_language")]

    def __str__(self):
        return self.email


DEFAULT_CONSENT = {
    "nl": "Ik geef Radicale vernieuwing toestemming mijn e-mailadres te gebruiken om mij de "
    "nieuwsbrief te sturen. Afmelden kan altijd, met de link onder elke nieuwsbrief.",
    "en": "I allow Radicale vernieuwing to use my e-mail address to send me the newsletter. "
    "I can unsubscribe at any time with the link in every newsletter.",
}


@register_setting(icon="mail")
class NewsletterSettings(BaseGenericSetting):
    """The consent sentence under every sign-up form, one per language of the site."""

    consent_nl = models.TextField(_("consent sentence (Dutch)"), default=DEFAULT_CONSENT["nl"])
    consent_en = models.TextField(_("consent sentence (English)"), default=DEFAULT_CONSENT["en"])

    panels = [FieldPanel("consent_nl"), FieldPanel("consent_en")]

    class Meta:
        verbose_name = _("newsletter")

    def consent_for(self, language_code):
        """The sentence in that language, the Dutch one for any other."""
        return getattr(self, f"consent_{language_code}", None) or self.consent_nl
