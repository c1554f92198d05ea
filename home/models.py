"""The home page: what the movement is, what staff highlight, and what is new."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.cache import cached_for_content
from core.languages import localized_pages
from core.listing import first_pages, index_pages, prefetch_card_renditions, with_cards
from core.models import BasePage
from core.privacy import visible
from events.models import EventPage, upcoming
from news.models import NewsPage, PublicationPage
from participants.models import ParticipantPage
from themes.models import ThemePage

LATEST_NEWS = 4
LATEST_PUBLICATIONS = 3
UPCOMING_EVENTS = 3


class HomePage(BasePage):
    """The front page of one language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_links", label=_("Highlighted items"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "news.PublicationIndexPage",
        "themes.ThemeIndexPage",
        "participants.ParticipantIndexPage",
        "events.EventIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @property
    def meta_description(self):
        # Link previews of the home page showed no text: its introduction describes it.
        return super().meta_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        here = {"locale_id": self.locale_id}
        latest_news = visible(NewsPage.objects.filter(**here)).order_by(*NewsPage.listing_order)
        central_themes = with_cards(
            visible(ThemePage.objects.filter(is_central=True, **here)), ThemePage
        )
        latest_publications = visible(PublicationPage.objects.filter(**here)).order_by(
            *PublicationPage.listing_order
        )
        coming_events = upcoming(visible(EventPage.objects.filter(**here)))
        featured, news, themes, publications, events = prefetch_card_renditions(
            self.featured_items(),
            first_pages(f"home-news:{self.locale_id}", latest_news, LATEST_NEWS),
            central_themes.order_by("title"),
            first_pages(
                f"home-publications:{self.locale_id}", latest_publications, LATEST_PUBLICATIONS
            ),
            first_pages(f"home-events:{self.locale_id}", coming_events, UPCOMING_EVENTS),
        )
        participants = visible(ParticipantPage.objects.filter(**here))
        indexes = index_pages(
            [NewsPage, PublicationPage, ThemePage, ParticipantPage, EventPage], self.locale_id
        )
        context.update(
            featured=featured,
            latest_news=news,
            central_themes=themes,
            latest_publications=publications,
            upcoming_events=events,
            participant_count=cached_for_content(
                f"participant-count:{self.locale_id}", participants.count
            ),
            news_index=indexes[NewsPage],
            publication_index=indexes[PublicationPage],
            theme_index=indexes[ThemePage],
            participant_index=indexes[ParticipantPage],
            event_index=indexes[EventPage],
        )
        return context

    def featured_items(self):
        """The items staff highlighted, in this page's language where translated: one
        query for the links, one per page type among them."""
        chosen = [link.page for link in self.featured_links.select_related("page")]
        chosen = localized_pages(chosen, self.locale_id)
        by_type = {}
        for page in chosen:
            by_type.setdefault(page.specific_class, []).append(page.pk)
        found = {}
        for model, pks in by_type.items():
            found.update(
                (page.pk, page)
                for page in with_cards(visible(model.objects.filter(pk__in=pks)), model)
            )
        return [found[page.pk] for page in chosen if page.pk in found]


class HomePageFeatured(Orderable):
    """An item staff put on the home page: any news item, publication, theme or event."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_links")
    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "page",
            page_type=[
                "news.NewsPage",
                "news.PublicationPage",
                "themes.ThemePage",
                "events.EventPage",
            ],
        )
    ]
