from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReactionsConfig(AppConfig):
    name = "reactions"
    verbose_name = _("Reactions")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.cache import bump_content_version
        from core.signals import settings_changed
        from reactions.models import Reaction, ReactionPeriod, ReactionSettings
        from reactions.moderation import reaction_deleted, reaction_saved

        post_save.connect(reaction_saved, sender=Reaction)
        post_delete.connect(reaction_deleted, sender=Reaction)
        # A longer or shorter period opens or closes the form on cached articles: a change
        # by staff starts a new content version, like the site's own settings.
        post_save.connect(settings_changed, sender=ReactionSettings)
        # An article's own period is saved after the settings it belongs to.
        for signal in (post_save, post_delete):
            signal.connect(bump_content_version, sender=ReactionPeriod)
