from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.reports import TranslationsToDoView


@hooks.register("register_admin_urls")
def register_translations_report_urls():
    return [
        path("reports/translations/", TranslationsToDoView.as_view(), name="translations_to_do"),
        path(
            "reports/translations/results/",
            TranslationsToDoView.as_view(results_only=True),
            name="translations_to_do_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return MenuItem(
        _("Translations to do"), reverse("translations_to_do"), icon_name="globe", order=690
    )
