"""Publications: magazines, reports and brochures to download, with a download counter."""

from django.db import models, transaction
from django.db.models import F
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.keywords import localized_keywords
from core.listing import paginate_cards, query_without_page
from core.models import BasePage, IndexPage
from core.privacy import visible
from core.shown import participant_key
from news.downloads import counts_as_download, visitor_digest
from news.filters import apply_listing_filters
from news.models.news import today
from participants.models import ParticipantLink, participants_of
from themes.models import ThemeLink, themes_of

PUBLICATIONS_PER_PAGE = 12


@register_snippet
class PublicationType(TranslatableMixin, models.Model):
    """A kind of publication ('Magazine', 'Rapport', ...), editable by staff."""

    name = models.CharField(_("name"), max_length=60)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")

    def __str__(self):
        return self.name


class PublicationIndexPage(IndexPage):
    """All publications, newest first, filtered by theme, keyword and year."""

    subpage_types = ["news.PublicationPage"]

    class Meta:
        verbose_name = _("publication overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = visible(PublicationPage.objects.child_of(self))
        items, filters = apply_listing_filters(
            request, items, self.locale_id, "date", PublicationKeyword
        )
        items = items.order_by(*PublicationPage.listing_order)
        context.update(
            items=paginate_cards(request, filters.cache_key(self), items, PUBLICATIONS_PER_PAGE),
            filters=filters,
            filter_query=query_without_page(request),
        )
        return context


class PublicationKeyword(TaggedItemBase):
    content_object = ParentalKey(
        "news.PublicationPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PublicationPage(RoutablePageMixin, BasePage):
    """A downloadable publication: a document with a cover, a date, a type and a summary."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document (PDF)"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date = models.DateField(_("publication date"), default=today)
    publication_type = models.ForeignKey(
        PublicationType,
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="publications",
    )
    summary = RichTextField(_("summary"), features=["bold", "italic", "link", "ul"])
    keywords = ClusterTaggableManager(
        through=PublicationKeyword, blank=True, verbose_name=_("keywords")
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_type"),
        FieldPanel("date"),
        FieldPanel("document"),
        FieldPanel("cover"),
        FieldPanel("summary"),
        InlinePanel("theme_links", label=_("Themes"), min_num=1),
        FieldPanel("keywords"),
        InlinePanel("participant_links", label=_("Participants involved")),
    ]

    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []
    main_image_field = "cover"
    extra_page_related_fields = ["document"]
    listing_order = ["-date", "-pk"]
    listing_heading = _("Publications")

    class Meta:
        verbose_name = _("publication")
        # Lists, feeds, related items and the home page walk this index newest first and
        # stop after the rows they show.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="publication_newest_first")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = themes_of(self)
        context["keywords"] = localized_keywords(self.keywords.all(), self.locale_id)
        context["participants"] = participants_of(self)
        return context

    def keys_shown_with(self):
        """What the pages showing this publication are marked with: the pages of the
        participants it names list it (core/shown.py)."""
        named = self.participant_links.values_list("participant__translation_key", flat=True)
        return {participant_key(key) for key in named}

    @property
    def card_summary(self):
        return self.listing_summary or strip_tags(self.summary)

    @classmethod
    def card_related_fields(cls):
        return [*super().card_related_fields(), "publication_type"]

    @path("download/", name="download")
    def download(self, request):
        """Count a visitor's first download of the day, then hand over the file (through
        Wagtail's document view, which checks privacy). news/downloads.py says who counts."""
        if counts_as_download(request):
            CountedDownload.count_once_today(self, request)
        return redirect(self.document.url)

    @property
    def download_url(self):
        return self.url + self.reverse_subpage("download")


class PublicationTheme(ThemeLink):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="theme_links")


class PublicationPageParticipant(ParticipantLink):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="participant_links")


class DownloadCount(models.Model):
    """How often a publication was downloaded: one number per page, no visitor data."""

    page = models.OneToOneField(
        PublicationPage, on_delete=models.CASCADE, related_name="download_count"
    )
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")

    def __str__(self):
        return f"{self.page}: {self.count}"


class CountedDownload(models.Model):
    """A download already counted today: a digest of visitor and publication under a key
    that changes every day, kept until the day is over. No address, agent or cookie."""

    day = models.DateField(db_index=True)
    digest = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "digest"], name="one_count_a_visitor_a_day")
        ]

    def __str__(self):
        return f"{self.day} {self.digest[:12]}"

    @classmethod
    def count_once_today(cls, page, request):
        """Add one to the page's downloads unless this visitor's was counted today.

        The unique (day, digest) row decides, in the database, so several processes or
        machines agree; a cache would need to be shared and could forget early.
        """
        day = timezone.localdate()
        with transaction.atomic():
            _, first_today = cls.objects.get_or_create(
                day=day, digest=visitor_digest(request, page.pk, day)
            )
            if not first_today:
                return
            counter, _ = DownloadCount.objects.get_or_create(page=page)
            DownloadCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
            # Earlier days' digests can no longer recognise anyone: their key is gone.
            cls.objects.filter(day__lt=day).delete()
