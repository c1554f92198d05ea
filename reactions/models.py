"""Reactions of visitors under news items, moderated before anyone else sees them, and the
settings that say how long an article takes reactions."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

NAME_MAX_LENGTH = 80
TEXT_MAX_LENGTH = 2000
DEFAULT_DAYS_OPEN = 30


class ReactionQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Reaction.Status.APPROVED)

    def shown_under(self, page):
        """The reactions visitors see under `page` (this language's page only), oldest
        first, without the e-mail address, which no template needs."""
        return self.approved().filter(page_id=page.pk).order_by("created_at", "pk").defer("email")


class Reaction(models.Model):
    """One visitor's reaction to one page in one language."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    # The page in its own language: a reaction to the Dutch item is not shown under the
    # English one. Deleting the page deletes its reactions (nothing is kept without need).
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="reactions",
    )
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    # Stored so the editors can reply; never shown, rendered or exported to visitors.
    email = models.EmailField(_("e-mail address"))
    text = models.TextField(_("reaction"), max_length=TEXT_MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ReactionQuerySet.as_manager()

    panels = [FieldPanel("status"), FieldPanel("name"), FieldPanel("text")]

    class Meta:
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        ordering = ["-created_at", "-pk"]
        # An article reads its approved reactions oldest first, and stops there.
        indexes = [
            models.Index(fields=["page", "status", "created_at"], name="reactions_shown_under")
        ]

    def __str__(self):
        return f"{self.name}: {Truncator(self.text).chars(60)}"

    @property
    def excerpt(self):
        return Truncator(self.text).chars(120)


@register_setting(icon="comment")
class ReactionSettings(ClusterableModel, BaseGenericSetting):
    """How long articles take reactions, with exceptions per article."""

    days_open = models.PositiveSmallIntegerField(
        _("days open for reactions"),
        default=DEFAULT_DAYS_OPEN,
        validators=[MaxValueValidator(3650)],
        help_text=_(
            "Reactions close this many days after an article's date. 0 closes reactions on "
            "every article without its own period below."
        ),
    )

    panels = [
        FieldPanel("days_open"),
        InlinePanel("periods", label=_("Own period of an article")),
    ]

    class Meta:
        verbose_name = _("reactions")

    def closes_on(self, page):
        """The first day on which `page` takes no more reactions."""
        own = ReactionPeriod.objects.filter(settings=self, page_id=page.pk).first()
        if own is not None:
            return own.open_until + datetime.timedelta(days=1)
        return article_date(page) + datetime.timedelta(days=self.days_open)


class ReactionPeriod(models.Model):
    """An article that takes reactions until a date of its own (a debate that runs longer,
    or one closed early). Per language: each translation is chosen on its own."""

    settings = ParentalKey(ReactionSettings, on_delete=models.CASCADE, related_name="periods")
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    open_until = models.DateField(
        _("open until"),
        help_text=_("The last day on which visitors can react. A day in the past closes now."),
    )

    panels = [PageChooserPanel("page", page_type="news.NewsPage"), FieldPanel("open_until")]

    class Meta:
        verbose_name = _("own period")

    def __str__(self):
        return f"{self.page}: {self.open_until}"


def article_date(page):
    """The day an article counts its reactions' period from: its own date, or the day it
    was first published for a page type without one."""
    if date := getattr(page, "date", None):
        return date
    published = page.first_published_at or timezone.now()
    return timezone.localdate(published)
