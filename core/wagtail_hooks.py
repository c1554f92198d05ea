from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.admin_reports import report_urls
from core.reports import TranslationsToDoView


@hooks.register("register_admin_urls")
def register_translations_report_urls():
    return report_urls(TranslationsToDoView, "reports/translations/", "translations_to_do")


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return MenuItem(
        _("Translations to do"), reverse("translations_to_do"), icon_name="globe", order=690
    )
