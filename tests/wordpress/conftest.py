"""A site ready for the old WordPress site's posts: the news overview, the themes that its
categories name, and a participating organisation that one of its tags names."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import make_participant, make_theme

FIXTURES = Path(__file__).parent / "fixtures"
EXPORT = FIXTURES / "radicalevernieuwing.xml"
UPLOADS = FIXTURES / "uploads"


@pytest.fixture
def wordpress_site(sections):
    themes = {
        title: make_theme(sections["themes"], title)
        for title in [
            "Zorgzame gemeenschappen",
            "Voorbij sectoren",
            "Vernieuwend leren en verantwoorden",
        ]
    }
    make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    return sections, themes


def import_wordpress(*arguments, export=EXPORT, media_dir=UPLOADS):
    """Run the command as an operator would; returns what it printed."""
    out = io.StringIO()
    options = ["--media-dir", str(media_dir)] if media_dir else []
    call_command(
        "import_wordpress", str(export), *options, *arguments, stdout=out, stderr=io.StringIO()
    )
    return out.getvalue()
