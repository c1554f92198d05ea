"""A newsletter issue: an introduction and a choice of the site's news items,
publications and events, in one language, sent to that language's confirmed subscribers.

Sending (newsletter/sending.py) walks the subscribers in id order and keeps its place on
the issue itself, so the issue stores no list of who received it (only the subscriber row
is kept about a person) and a crash resumes after the last address handled.
"""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page

from newsletter.issue_forms import IssueForm

# What an issue can point at: pages with a date, a summary and a picture (an event's mail
# also says when and where it is: newsletter/digest.py).
ITEM_PAGE_TYPES = ["news.NewsPage", "news.PublicationPage", "events.EventPage"]


class NewsletterIssue(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        QUEUED = "queued", _("waiting to be sent")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")

    title = models.CharField(
        _("title"), max_length=120, help_text=_("For example: Wetenswaardigheden #12")
    )
    language = models.CharField(_("language"), max_length=12, choices=settings.LANGUAGES)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Optional. Paragraphs are separated by an empty line."),
    )
    campaign = models.SlugField(
        _("campaign"),
        max_length=80,
        blank=True,
        help_text=_("utm_campaign of every link; left empty, it is made from the title."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    # The sender's place: every subscriber with a lower or equal id has been handled.
    last_subscriber_id = models.BigIntegerField(default=0, editable=False)
    # Set while one mail is being handed to the mail server; found set after a crash, the
    # mail may or may not have left, so it is counted as failed rather than sent twice.
    in_flight_subscriber_id = models.BigIntegerField(null=True, blank=True, editable=False)
    # Held by the run that is sending (newsletter/sending.py), so that no two runs send.
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    sent_count = models.PositiveIntegerField(_("sent"), default=0, editable=False)
    failed_count = models.PositiveIntegerField(_("failed"), default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, editable=False)

    base_form_class = IssueForm

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("language"), FieldPanel("campaign")], _("Issue")
        ),
        FieldPanel("introduction"),
        InlinePanel("items", label=_("item"), heading=_("Items")),
    ]

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.campaign:
            self.campaign = slugify(self.title)[:80] or "nieuwsbrief"
        super().save(*args, **kwargs)

    def pages(self):
        """The chosen pages, in their order, as their own types; unpublished ones left out."""
        ids = list(self.items.order_by("sort_order").values_list("page_id", flat=True))
        found = {page.pk: page for page in Page.objects.live().filter(pk__in=ids).specific()}
        return [found[pk] for pk in ids if pk in found]

    @property
    def introduction_paragraphs(self):
        return [part.strip() for part in self.introduction.split("\n\n") if part.strip()]


class IssueItem(Orderable):
    issue = ParentalKey(NewsletterIssue, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", page_type=ITEM_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("item")
        verbose_name_plural = _("items")
