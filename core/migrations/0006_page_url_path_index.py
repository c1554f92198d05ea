"""An index on Wagtail's page paths: BasePage.route finds a page by its whole url_path in
one query, which without it reads every page of the archive."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_safe_link_urls"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS core_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS core_page_url_path",
        )
    ]
