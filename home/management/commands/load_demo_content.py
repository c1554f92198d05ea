"""Build the bilingual demo site. Safe to run again: it only adds what is missing."""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.translation import translate_page
from home.models import HomePage

# wagtail-localize translates rich text paragraph by paragraph, without the <p> tags.
HOME_INTRO_NL = (
    "Radicale vernieuwing is een beweging van zorgorganisaties in de ouderenzorg, "
    "gehandicaptenzorg, ggz en jeugdzorg. Samen werken we aan zorg die draait om relaties "
    "in plaats van regels."
)
HOME_INTRO_EN = (
    "Radicale vernieuwing is a movement of care organisations in elderly care, disability "
    "care, mental health care and youth care. Together we work on care built on relationships "
    "rather than rules."
)


class Command(BaseCommand):
    help = "Load the demo content (Dutch pages and their English translations), idempotently."

    @transaction.atomic
    def handle(self, *args, **options):
        dutch = Locale.objects.get_or_create(language_code="nl")[0]
        english = Locale.objects.get_or_create(language_code="en")[0]
        home = self.dutch_home(dutch)
        if not home.has_translation(english):
            translate_page(
                home,
                english,
                {"Radicale vernieuwing": "Radicale vernieuwing", HOME_INTRO_NL: HOME_INTRO_EN},
            )
            self.stdout.write("Translated the home page into English.")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def dutch_home(self, locale):
        home = HomePage.objects.filter(locale=locale).first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a placeholder welcome page where the home belongs.
        Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
        home = root.add_child(
            instance=HomePage(
                title="Radicale vernieuwing",
                slug="home",
                locale=locale,
                intro=f"<p>{HOME_INTRO_NL}</p>",
            )
        )
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Radicale vernieuwing",
            },
        )
        self.stdout.write("Created the Dutch home page.")
        return home
