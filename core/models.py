"""What every page type shares: the abstract BasePage and the site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page


class BasePage(Page):
    """The parent of every public page type, so shared fields are declared once."""

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contact details and the newsletter call-to-action shown in every page's footer."""

    contact_email = models.EmailField(_("contact e-mail"), default="radicalevernieuwing@loc.nl")
    contact_phone = models.CharField(_("contact phone"), max_length=40, default="030 207 4067")
    newsletter_url = models.URLField(
        _("newsletter sign-up link"),
        blank=True,
        help_text=_("Where the 'Subscribe to the newsletter' button leads."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], _("Contact")),
        FieldPanel("newsletter_url"),
    ]

    class Meta:
        verbose_name = _("site settings")
