"""Newsletter → Subscribers in the Wagtail admin: counts by status and language, search,
filters, CSV/XLSX export for a mailing service, and deletion of an address on request
(AVG/GDPR: the row is all there is, so deleting it removes the subscriber's history).

Staff cannot add subscribers by hand: an address only enters through the double opt-in.
"""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from newsletter.models import Subscriber


class NoAddingPermissionPolicy(ModelPermissionPolicy):
    """Staff may look up, correct and delete subscribers, never add one without consent."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Subscriber, NoAddingPermissionPolicy(Subscriber))


def counts_by_language_and_status():
    """Rows per language (in the site's order), a count per status and in total."""
    counted = Subscriber.objects.values_list("language", "status").annotate(number=Count("id"))
    numbers = {(language, status): number for language, status, number in counted}
    rows = []
    for code, name in settings.LANGUAGES:
        counts = [numbers.get((code, status), 0) for status in Subscriber.Status.values]
        rows.append({"language": name, "counts": counts, "total": sum(counts)})
    return rows


class SubscriberIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_labels"] = Subscriber.Status.labels
        context["count_rows"] = counts_by_language_and_status()
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 450
    index_view_class = SubscriberIndexView
    index_template_name = "newsletter/admin/subscriber_index.html"
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["name", "language"]
    list_display = [
        Column("email", label=_("e-mail address"), sort_key="email"),
        "name",
        Column("language", label=_("language"), accessor="get_language_display"),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("consented_at", label=_("consent given at"), sort_key="consented_at"),
        DateColumn("confirmed_at", label=_("confirmed at"), sort_key="confirmed_at"),
    ]
    list_filter = ["status", "language"]
    search_fields = ["email", "name"]
    search_backend_name = None  # the database's own search: no index to keep in step
    list_export = ["email", "name", "language", "status", "consented_at", "confirmed_at"]
    export_headings = {
        "email": _("E-mail address"),
        "name": _("Name"),
        "language": _("Language"),
        "status": _("Status"),
        "consented_at": _("Consent given at"),
        "confirmed_at": _("Confirmed at"),
    }
    export_filename = "nieuwsbrief-abonnees"


subscriber_viewset = SubscriberViewSet(
    "newsletter_subscribers", url_prefix="newsletter/subscribers"
)
