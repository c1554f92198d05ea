"""The agenda page: events to come above those that took place, and its calendar feed."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.listing import paginate_cards, prefetch_card_renditions, query_without_page, with_cards
from core.models import IndexPage
from core.privacy import visible
from events import ical
from events.models.common import (
    CALENDAR_PATH,
    FEED_LIMIT,
    ORGANISER,
    PAST_PER_PAGE,
    calendar_response,
    past,
    upcoming,
)
from events.models.pages import EventPage
from themes.models import ThemePage


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The agenda: events to come, soonest first, then past events, most recent first, 12 a
    page; `?theme=<slug>` narrows both to one theme (theme pages link here so)."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("agenda")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = visible(EventPage.objects.child_of(self))
        themes = list(visible(ThemePage.objects.filter(locale_id=self.locale_id)).order_by("title"))
        theme = next((each for each in themes if each.slug == request.GET.get("theme")), None)
        if theme is not None:
            events = events.filter(pk__in=EventPage.ids_naming(theme))
        past_events = paginate_cards(
            request,
            f"past-events:{self.pk}:{theme.pk if theme else ''}",
            past(events, now),
            PAST_PER_PAGE,
        )
        # The events to come are few: all of them, above the first page of the past ones.
        coming = []
        if past_events.number == 1:
            (coming,) = prefetch_card_renditions(with_cards(upcoming(events, now), EventPage))
        context.update(
            upcoming_events=coming,
            past_events=past_events,
            themes=themes,
            theme=theme,
            filter_query=query_without_page(request),
            feed_url=self.feed_url,
        )
        return context

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("calendar")

    @path(f"{CALENDAR_PATH}/", name="calendar")
    def calendar_feed(self, request):
        """The events to come in this language, as an iCalendar feed to subscribe to."""
        events = upcoming(visible(EventPage.objects.child_of(self))).select_related("locale")
        name = f"{ORGANISER} · {self.title}"
        text = ical.calendar([event.ical_event(request) for event in events[:FEED_LIMIT]], name)
        return calendar_response(text, f"{self.slug}.ics")
