from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.admin_reports import report_urls
from core.lockout_admin import login_lockout_viewset
from core.privacy import may_download
from core.reports import TranslationsToDoView


@hooks.register("register_admin_urls")
def register_translations_report_urls():
    return report_urls(TranslationsToDoView, "reports/translations/", "translations_to_do")


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return MenuItem(
        _("Translations to do"), reverse("translations_to_do"), icon_name="globe", order=690
    )


@hooks.register("before_serve_document")
def serve_documents_that_the_visitor_may_see(document, request):
    """A document follows the privacy of the pages that use it (Wagtail's own check
    only follows collections). Not found, rather than forbidden: its title stays private."""
    if not may_download(document, request):
        raise Http404("No public page uses this document")


@hooks.register("register_admin_viewset")
def register_login_lockouts_viewset():
    """Settings → Login lockouts."""
    return login_lockout_viewset
