"""Themes: the taxonomy that news, publications and participants point at."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.languages import localized_pages
from core.listing import prefetch_card_renditions, with_cards
from core.models import BasePage, IndexPage
from core.naming import LinkFromPage, latest_items_naming
from core.panels import SectionChooserPanel
from core.privacy import visible

ITEMS_PER_THEME_SECTION = 4


class ThemeIndexPage(IndexPage):
    """The overview of all themes, central themes first."""

    subpage_types = ["themes.ThemePage"]

    class Meta:
        verbose_name = _("theme overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = with_cards(visible(ThemePage.objects.child_of(self)), ThemePage)
        (context["themes"],) = prefetch_card_renditions(themes.order_by("-is_central", "title"))
        return context


class ThemePage(BasePage):
    """One theme, such as 'Zorgzame gemeenschappen', with everything that names it."""

    intro = models.TextField(_("short introduction"), max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    is_central = models.BooleanField(
        _("central theme"),
        default=False,
        help_text=_("Central themes are shown first and on the home page."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("is_central"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("is_central"),
        FieldPanel("body"),
    ]

    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types = []
    main_image_field = "image"

    class Meta:
        verbose_name = _("theme")

    @property
    def card_summary(self):
        return self.listing_summary or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            section for section in self.tagged_sections(request) if section["items"]
        ]
        return context

    def tagged_sections(self, request):
        """For each page type that can name a theme: its latest live items that name this
        one, and a link to its full list filtered by this theme."""
        return latest_items_naming(self, ThemeLink, "theme", request, ITEMS_PER_THEME_SECTION)


class ThemeLink(LinkFromPage, Orderable):
    """A page's link to a theme. Each app that tags pages with themes subclasses this with a
    ParentalKey named `page`, so a theme page finds them without importing those apps.

    The link stores the theme as chosen (wagtail-localize synchronises links to pages rather
    than translating them), so queries match themes by translation_key and pages show
    `theme.localized`: the right language without hand work.
    """

    theme = models.ForeignKey(
        ThemePage, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [SectionChooserPanel("theme")]

    class Meta(Orderable.Meta):
        abstract = True


def themes_of(page):
    """The themes a page names, in the visitor's language where a translation is live."""
    links = page.theme_links.select_related("theme")
    return localized_pages([link.theme for link in links], page.locale_id)
