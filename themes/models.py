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

# Each theme has a colour of its own on its cards and its page; all six keep AA contrast
# (at least 4.5:1) as text on white and on their own light tint (static/css/site.css).
THEME_COLOURS = [
    ("teal", _("Teal")),
    ("ocean", _("Ocean blue")),
    ("forest", _("Forest green")),
    ("ochre", _("Ochre")),
    ("plum", _("Plum")),
    ("terracotta", _("Terracotta")),
]


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
    # A choice field: wagtail-localize keeps it the same in every language (synchronised).
    colour = models.CharField(
        _("colour"),
        max_length=12,
        choices=THEME_COLOURS,
        blank=True,
        help_text=_(
            "The colour of this theme's cards and page. Left empty, the theme takes a colour "
            "from its place in the list of themes."
        ),
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
        FieldPanel("colour"),
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

    @property
    def theme_colour(self):
        """The name of this theme's colour: the one staff chose, else one that follows from
        its place among its siblings (Wagtail's path ends in that place, in base 36), so
        neighbouring themes differ without anyone choosing."""
        if self.colour:
            return self.colour
        place = int(self.path[-self.steplen :], 36) - 1
        return THEME_COLOURS[place % len(THEME_COLOURS)][0]

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
