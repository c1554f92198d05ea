from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WordPressConfig(AppConfig):
    name = "wordpress"
    verbose_name = _("WordPress import")
    default_auto_field = "django.db.models.BigAutoField"
