"""News: dated articles, listed newest first and filtered by theme, keyword and year."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.cache import cached_for_content
from core.keywords import localized_keywords
from core.listing import (
    pages_in_order,
    paginate_cards,
    prefetch_card_renditions,
    query_without_page,
)
from core.models import BasePage, IndexPage
from core.privacy import visible
from core.shown import NEWEST_NEWS, mark_shown, participant_key, theme_key
from news.filters import apply_listing_filters
from participants.models import ParticipantLink, participants_of
from printable.pages import PrintablePageMixin
from themes.models import ThemeLink, themes_of

NEWS_PER_PAGE = 12
RELATED_ITEMS = 3


def today():
    return timezone.localdate()


class NewsIndexPage(IndexPage):
    """The news list: newest first, 12 a page, filtered by theme, keyword and year."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = visible(NewsPage.objects.child_of(self))
        items, filters = apply_listing_filters(
            request, items, self.locale_id, "date", NewsPageKeyword
        )
        items = items.order_by(*NewsPage.listing_order)
        context.update(
            items=paginate_cards(request, filters.cache_key(self), items, NEWS_PER_PAGE),
            filters=filters,
            filter_query=query_without_page(request),
        )
        return context


class NewsPageKeyword(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(PrintablePageMixin, BasePage):
    """A news item as the seeds show it: date, lead, photo with credit, body, themes."""

    date = models.DateField(_("publication date"), default=today)
    lead = models.TextField(_("lead"), max_length=600, help_text=_("The opening paragraph."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_caption = models.CharField(_("caption"), max_length=250, blank=True)
    image_credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    keywords = ClusterTaggableManager(
        through=NewsPageKeyword, blank=True, verbose_name=_("keywords")
    )
    publication = models.ForeignKey(
        "news.PublicationPage",
        verbose_name=_("publication to download"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A magazine or report this item is about, offered as a download."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_caption"), FieldPanel("image_credit")],
            _("Main image"),
        ),
        FieldPanel("body"),
        InlinePanel("theme_links", label=_("Themes"), min_num=1),
        FieldPanel("keywords"),
        InlinePanel("participant_links", label=_("Participants involved")),
        FieldPanel("publication"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    main_image_field = "image"
    listing_order = ["-date", "-pk"]
    listing_heading = _("Latest news")

    class Meta:
        verbose_name = _("news item")
        # Lists, feeds, related items and the home page walk this index newest first and
        # stop after the rows they show.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    @property
    def card_summary(self):
        # Without a summary or search description, the lead describes the item: the meta
        # description and link previews were empty before, though cards showed the lead.
        return super().card_summary or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = themes_of(self)
        context.update(
            themes=themes,
            keywords=localized_keywords(self.keywords.all(), self.locale_id),
            # A preview shows the draft's themes: its choice is not kept for visitors.
            related_items=self.related_items(
                themes, keep=not getattr(request, "is_preview", False), request=request
            ),
            participants=self.participants_involved(),
            publication=self.publication_to_download(),
        )
        return context

    def keys_shown_with(self):
        """What the pages showing this item are marked with: its themes and the newest
        items (related items), and its participants (their pages list it; core/shown.py)."""
        participants = self.participant_links.values_list("participant__translation_key", flat=True)
        return (
            {theme_key(theme.translation_key) for theme in themes_of(self)}
            | {participant_key(key) for key in participants}
            | {NEWEST_NEWS}
        )

    def related_items(self, themes=None, keep=True, request=None):
        """Up to three other items: those sharing a theme first, then the newest.

        Chosen once per content version (a walk down the date index, the second part only
        when fewer than three items share a theme), then loaded by id. The page answering
        `request` is marked as showing those themes (and the newest items, when it drew on
        them), so that a cache in front drops it when an item of theirs is published.
        """
        theme_keys = [theme.translation_key for theme in themes or themes_of(self)]
        others = (
            visible(NewsPage.objects.filter(locale_id=self.locale_id))
            .exclude(pk=self.pk)
            .order_by(*NewsPage.listing_order)
        )

        def choose():
            sharing = NewsPageTheme.objects.filter(theme__translation_key__in=theme_keys)
            chosen = list(
                others.filter(pk__in=sharing.values("page_id")).values_list("pk", flat=True)[
                    :RELATED_ITEMS
                ]
            )
            drew_on_newest = len(chosen) < RELATED_ITEMS
            if drew_on_newest:
                newest = others.exclude(pk__in=chosen).values_list("pk", flat=True)
                chosen += newest[: RELATED_ITEMS - len(chosen)]
            return chosen, drew_on_newest

        ids, drew_on_newest = (
            cached_for_content(f"related-choice:{self.pk}", choose) if keep else choose()
        )
        if request is not None:
            keys = [theme_key(key) for key in theme_keys]
            mark_shown(request, keys + [NEWEST_NEWS] * drew_on_newest)
        (related,) = prefetch_card_renditions(pages_in_order(ids, [others]))
        return related

    def participants_involved(self):
        return participants_of(self)

    def publication_to_download(self):
        """The chosen publication in this page's language where translated, with its file."""
        if not self.publication_id:
            return None
        publications = self._meta.get_field("publication").related_model.objects
        chosen = publications.filter(pk=self.publication_id).values("translation_key")
        candidates = list(
            visible(publications)
            .filter(translation_key__in=chosen)
            .filter(Q(locale_id=self.locale_id) | Q(pk=self.publication_id))
            .select_related("document")
        )
        translated = [page for page in candidates if page.locale_id == self.locale_id]
        return (translated or candidates or [None])[0]

    @property
    def structured_datetime(self):
        """The publication date as a moment, for feeds: 9 o'clock on that day."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9)))

    def structured_data(self, request):
        """JSON-LD NewsArticle, for search engines and link previews."""
        organisation = {"@type": "Organization", "name": "Radicale vernieuwing"}
        return {
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.lead,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "inLanguage": self.locale.language_code,
            "author": organisation,
            "publisher": organisation,
        }


class NewsPageTheme(ThemeLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="theme_links")


class NewsPageParticipant(ParticipantLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="participant_links")
