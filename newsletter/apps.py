from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from django.db.models.signals import post_save

        from core.signals import settings_changed
        from newsletter.models import NewsletterSettings

        # The consent sentence is shown in every footer, which is cached per content
        # version: a change by staff starts a new version, like the site's own settings.
        post_save.connect(settings_changed, sender=NewsletterSettings)
