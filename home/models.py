"""The home page: what the movement is, what staff highlight, and what is new."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.languages import localized_pages
from core.listing import with_cards
from core.models import BasePage
from news.models import NewsPage, PublicationPage
from participants.models import ParticipantPage
from themes.models import ThemePage

LATEST_NEWS = 4
LATEST_PUBLICATIONS = 3


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
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live_here = {"locale": self.locale}
        featured = [link.page for link in self.featured_links.select_related("page")]
        context.update(
            featured=[page.specific for page in localized_pages(featured) if page.live],
            latest_news=with_cards(
                NewsPage.objects.live().public().filter(**live_here), NewsPage
            ).order_by(*NewsPage.listing_order)[:LATEST_NEWS],
            central_themes=with_cards(
                ThemePage.objects.live().public().filter(is_central=True, **live_here), ThemePage
            ).order_by("title"),
            latest_publications=with_cards(
                PublicationPage.objects.live().public().filter(**live_here), PublicationPage
            ).order_by(*PublicationPage.listing_order)[:LATEST_PUBLICATIONS],
            participant_count=ParticipantPage.objects.live().filter(**live_here).count(),
            participant_index=ParticipantPage.index_page_for(self.locale),
            news_index=NewsPage.index_page_for(self.locale),
            publication_index=PublicationPage.index_page_for(self.locale),
            theme_index=ThemePage.index_page_for(self.locale),
        )
        return context


class HomePageFeatured(Orderable):
    """An item staff put on the home page: any news item, publication or theme."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_links")
    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "page", page_type=["news.NewsPage", "news.PublicationPage", "themes.ThemePage"]
        )
    ]
