"""An event's page: when and where, how to register, its calendar file and structured data."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.links import safe_url_or_empty, validate_safe_url
from core.models import BasePage
from core.privacy import is_public
from core.seo import description_text
from events import ical, when
from events.models.common import (
    CALENDAR_PATH,
    COMING,
    ORGANISER,
    SCHEMA,
    UPCOMING_ORDER,
    calendar_response,
)
from printable.pages import PrintablePageMixin
from themes.models import ThemeLink, themes_of


class EventPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Published, an event says where it is; a draft may leave that for later.
        location = (cleaned_data.get("location") or "").strip()
        if not self.is_deferred_validation and not location and not cleaned_data.get("online_url"):
            self.add_error("location", _("Give a location, an online link, or both."))
        return cleaned_data


class EventPage(PrintablePageMixin, BasePage):
    """A meeting, a working visit or a week of events: when, where, how to register.

    PrintablePageMixin (a RoutablePageMixin) gives it `pdf/` beside its calendar file `ics/`,
    drawn from events/eventpage_pdf.html."""

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("The venue and town, for example: Bar Beton, Utrecht."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        validators=[validate_safe_url],
        help_text=_("Where to follow the event online, if it can be."),
    )
    registration_url = models.CharField(
        _("registration link"),
        max_length=500,
        blank=True,
        validators=[validate_safe_url],
        help_text=_("A web address (https://…) or an e-mail address (mailto:…)."),
    )
    registration_closed = models.BooleanField(
        _("registration closed"),
        default=False,
        help_text=_("Shows 'Registration closed' instead of the registration link."),
    )
    cancelled = models.BooleanField(_("cancelled"), default=False)
    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("What the event is about, in a few sentences.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("online_url")], _("Where")),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("registration_closed"),
                FieldPanel("cancelled"),
            ],
            _("Registration"),
        ),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("theme_links", label=_("Themes")),
    ]

    # Links are the same in every language unless a translation overrides them.
    override_translatable_fields = [SynchronizedField("registration_url", overridable=True)]

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    main_image_field = "image"
    # A theme page lists the first four of a theme's events to come, soonest first
    # (core/naming.py): the query leaves out those that ended, by the database's clock, so
    # the ids it keeps per content version are checked again when the cards are read.
    listed_when_named = COMING
    listing_order = UPCOMING_ORDER
    listing_heading = _("Upcoming events")
    # Lists of pages that show each page as a card take an event's own card (when, where).
    card_template = "events/event_card.html"

    class Meta:
        verbose_name = _("event")
        indexes = [
            models.Index(fields=["start", "page_ptr"], name="event_soonest_first"),
            models.Index(fields=["end"], name="event_end"),
        ]

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.start and self.end and self.end <= self.start:
            errors.setdefault("end", []).append(
                ValidationError(_("The end must be after the start."), code="end_before_start")
            )
        if self.slug == CALENDAR_PATH:
            errors.setdefault("slug", []).append(
                ValidationError(
                    _("This web address is the agenda's calendar feed; choose another."),
                    code="reserved_slug",
                )
            )
        if errors:
            raise ValidationError(errors)

    # What lists and cards show

    @property
    def date(self):
        """The first day, for what shows any page's date (search results, newsletters)."""
        return when.local(self.start).date()

    @property
    def is_past(self):
        return self.end <= timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def when(self):
        """ "7 april 2022, 13.00–17.00 uur", "8–12 november 2021": in the active language."""
        return when.when_text(self.start, self.end)

    @property
    def takes_one_day(self):
        return when.same_day(self.start, self.end)

    @property
    def day_text(self):
        return when.date_range_text(self.start, self.end, with_weekday=True)

    @property
    def hours_text(self):
        return when.time_range_text(self.start, self.end)

    @property
    def start_text(self):
        return when.moment_text(self.start)

    @property
    def end_text(self):
        return when.moment_text(self.end)

    @property
    def where(self):
        """The place, "Online", or the place "and online"."""
        location = self.location.strip()
        if location and self.online_url:
            return gettext("%(location)s and online") % {"location": location}
        return location or (gettext("Online") if self.online_url else "")

    @property
    def start_iso(self):
        return when.local(self.start).isoformat()

    @property
    def end_iso(self):
        return when.local(self.end).isoformat()

    @property
    def card_summary(self):
        return super().card_summary or self.lead

    def event_details(self, language):
        """When and where, written in `language`: for a newsletter that names the event."""
        with translation.override(language):
            return {"when": self.when, "where": self.where, "cancelled": self.cancelled}

    # Registration

    @property
    def registration_link(self):
        """The registration link while one may register: not after the event, not when it
        was cancelled or registration closed, never an unsafe link."""
        if self.cancelled or self.registration_closed or self.is_past:
            return ""
        return safe_url_or_empty(self.registration_url)

    # The page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            themes=themes_of(self),
            calendar_url=self.calendar_url,
            agenda=self.get_parent(),
        )
        return context

    @property
    def has_calendar_file(self):
        """Whether the link to the calendar file leads anywhere: as for the PDF (has_pdf),
        a preview or a private event offers none."""
        return is_public(self)

    @property
    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")

    @path(f"{CALENDAR_PATH}/", name="calendar")
    def calendar_file(self, request):
        """This event as an iCalendar file, to add to one's own calendar: for a public event
        only (core/privacy.py), as the file travels on without the page's password or login,
        and an expired event is not served until the scheduler takes it offline."""
        if not is_public(self):
            raise Http404
        return calendar_response(ical.calendar([self.ical_event(request)]), f"{self.slug}.ics")

    def ical_event(self, request):
        """What the calendar file says of this event (events.ical.event_lines)."""
        url = self.get_full_url(request)
        notes = [self.card_summary]
        if self.cancelled:
            notes.insert(0, gettext("This event has been cancelled."))
        elif self.registration_link:
            notes.append(f"{gettext('Register')}: {self.registration_link}")
        elif self.registration_closed:
            notes.append(gettext("Registration closed"))
        if self.online_url:
            notes.append(f"{gettext('Online')}: {self.online_url}")
        notes.append(url)
        return {
            "uid": ical.uid(self),
            "start": self.start,
            "end": self.end,
            "stamp": self.last_published_at or self.latest_revision_created_at or timezone.now(),
            "title": self.title,
            "description": "\n\n".join(note for note in notes if note),
            "location": self.location.strip() or self.online_url,
            "url": url,
            "cancelled": self.cancelled,
        }

    def structured_data(self, request):
        """JSON-LD Event, for search engines (core/seo.py adds url and image)."""
        modes = {
            (True, False): "OfflineEventAttendanceMode",
            (False, True): "OnlineEventAttendanceMode",
            (True, True): "MixedEventAttendanceMode",
        }
        location = self.location.strip()
        places = []
        if location:
            places.append({"@type": "Place", "name": location, "address": location})
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.online_url})
        data = {
            "@type": "Event",
            "name": self.title,
            "description": description_text(self.meta_description),
            "startDate": self.start_iso,
            "endDate": self.end_iso,
            "eventStatus": SCHEMA + ("EventCancelled" if self.cancelled else "EventScheduled"),
            "eventAttendanceMode": SCHEMA
            + modes.get((bool(location), bool(self.online_url)), modes[True, False]),
            "inLanguage": self.locale.language_code,
            "organizer": {
                "@type": "Organization",
                "name": ORGANISER,
                "url": self.home_url(request),
            },
        }
        if places:
            data["location"] = places[0] if len(places) == 1 else places
        return data

    def home_url(self, request):
        """The full address of the home page in this event's language, on the site's own
        address (as the canonical URL), not the address the request came in on."""
        _site, root_url, _path = self.get_url_parts(request) or (None, "", "")
        with translation.override(self.locale.language_code):
            return root_url + reverse("wagtail_serve", args=[""])

    @classmethod
    def ids_naming(cls, theme):
        """The ids of the events, past and to come, that name `theme` in any language."""
        links = EventPageTheme.objects.filter(theme__translation_key=theme.translation_key)
        return links.values("page_id")


class EventPageTheme(ThemeLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="theme_links")
