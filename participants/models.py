"""Participants: the member organisations of the movement, by sector and region."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.blocks import BodyBlock
from core.languages import localized_pages
from core.links import validate_safe_url
from core.models import BasePage, IndexPage
from core.naming import LinkFromPage, latest_items_naming
from core.panels import SectionChooserPanel
from core.privacy import visible
from core.shown import mark_shown, participant_key
from themes.models import ThemeLink, ThemePage, themes_of


@register_snippet
class Sector(TranslatableMixin, models.Model):
    """A care sector, e.g. 'Gehandicaptenzorg'. Staff add and rename them as snippets."""

    name = models.CharField(_("name"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


# Latest news items on a participant's page; the rest through the link to the filtered list.
ITEMS_PER_PARTICIPANT_SECTION = 4


class Region(models.TextChoices):
    NORTH = "noord", _("North")
    EAST = "oost", _("East")
    SOUTH = "zuid", _("South")
    WEST = "west", _("West")


class ParticipantIndexPage(IndexPage):
    """All participants, grouped by sector, filterable by region and theme."""

    subpage_types = ["participants.ParticipantPage"]

    class Meta:
        verbose_name = _("participant overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        region = request.GET.get("region", "")
        theme_slug = request.GET.get("theme", "")
        participants = visible(ParticipantPage.objects.child_of(self))
        if region in Region.values:
            participants = participants.filter(region=region)
        else:
            region = ""
        themes = list(visible(ThemePage.objects.filter(locale_id=self.locale_id)).order_by("title"))
        theme = next((theme for theme in themes if theme.slug == theme_slug), None)
        if theme is not None:
            links = ParticipantTheme.objects.filter(theme__translation_key=theme.translation_key)
            participants = participants.filter(pk__in=links.values("page_id"))
        participants = participants.select_related("sector")
        context.update(
            groups=group_by_sector(
                participants.order_by("sector__sort_order", "sector__name", "sector_id", "title")
            ),
            regions=Region.choices,
            selected_region=region,
            themes=themes,
            selected_theme=theme,
        )
        return context


def group_by_sector(participants):
    """[(sector, [participant, ...]), ...] in sector order, from an ordered queryset."""
    groups = []
    for participant in participants:
        if not groups or groups[-1][0] != participant.sector:
            groups.append((participant.sector, []))
        groups[-1][1].append(participant)
    return groups


class ParticipantPage(BasePage):
    """A member organisation: who they are, where, and what they work on."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="participants"
    )
    region = models.CharField(_("region"), max_length=10, choices=Region.choices)
    city = models.CharField(_("city"), max_length=80, blank=True)
    website = models.URLField(_("website"), blank=True, validators=[validate_safe_url])
    description = models.TextField(
        _("short description"), max_length=400, help_text=_("One or two sentences.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact = models.CharField(
        _("contact line"),
        max_length=200,
        blank=True,
        help_text=_("For example: 'Contact: Jan Jansen, coordinator, jan@example.nl'."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("region"),
        index.FilterField("sector"),
    ]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("sector"), FieldPanel("region"), FieldPanel("city")], _("Where and what")
        ),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        InlinePanel("theme_links", label=_("Themes")),
        FieldPanel("body"),
        FieldPanel("contact"),
    ]

    parent_page_types = ["participants.ParticipantIndexPage"]
    subpage_types = []
    main_image_field = "logo"
    extra_page_related_fields = ["sector"]
    listing_order = ["title"]
    listing_heading = _("Participants")

    class Meta:
        verbose_name = _("participant")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = themes_of(self)
        context["sections"] = [
            section for section in self.naming_sections(request) if section["items"]
        ]
        return context

    def naming_sections(self, request):
        """For each page type that names participants (news): its latest live items that
        name this one, and a link to its full list filtered by this participant. A cache in
        front drops this page when such an item is published (NewsPage.keys_shown_with)."""
        mark_shown(request, [participant_key(self.translation_key)])
        return latest_items_naming(
            self, ParticipantLink, "participant", request, ITEMS_PER_PARTICIPANT_SECTION
        )

    @property
    def card_summary(self):
        return self.listing_summary or self.description


class ParticipantLink(LinkFromPage, Orderable):
    """A page's link to a participant it names ("Participants involved"). Each app whose
    pages name participants subclasses this with a ParentalKey named `page`; the participant
    page lists them without importing those apps. Matched by translation_key, as themes are."""

    participant = models.ForeignKey(
        ParticipantPage,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [SectionChooserPanel("participant")]

    class Meta(Orderable.Meta):
        abstract = True


class ParticipantTheme(ThemeLink):
    page = ParentalKey(ParticipantPage, on_delete=models.CASCADE, related_name="theme_links")


def participants_of(page):
    """The participants a page names, in the page's language where a translation is live."""
    links = page.participant_links.select_related("participant")
    return localized_pages([link.participant for link in links], page.locale_id)
