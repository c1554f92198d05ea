"""Settings → Login lockouts: staff see which addresses and user names are locked out of
the admin login, and unlock an address at once instead of waiting for the cool-off.

Who may: superusers, and groups given "Can delete access attempt" (the only permission
this screen offers in the group editor). Nobody adds or edits attempts by hand.
"""

from axes.models import AccessAttempt
from axes.utils import reset
from django.contrib.auth import get_permission_codename
from django.urls import path
from django.utils.formats import time_format
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.login_lockout import current_login_failures, locked_until


class UnlockOnlyPermissionPolicy(ModelPermissionPolicy):
    """Failed attempts are only ever recorded by axes; staff may only remove them."""

    def user_has_permission(self, user, action):
        return action == "delete" and super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, UnlockOnlyPermissionPolicy(AccessAttempt))


def lock_state(attempt):
    until = locked_until(attempt)
    if until is None:
        return gettext("not locked")
    return gettext("locked until %(time)s") % {"time": time_format(localtime(until), "H:i")}


class LockoutIndexView(IndexView):
    page_title = _("Login lockouts")

    def get_base_queryset(self):
        return current_login_failures()

    def get_list_buttons(self, instance):
        # The row's one action, shown as a button rather than in a "more" menu.
        return [
            ListingButton(
                _("Unlock"),
                url=self.get_delete_url(instance),
                icon_name="lock-open",
                attrs={
                    "aria-label": gettext("Unlock %(address)s") % {"address": instance.ip_address}
                },
            )
        ]


class UnlockView(DeleteView):
    """Unlocks the attempt's address: all its recent failures, for every user name, are
    forgotten (axes' own reset), so neither budget holds it back any more."""

    page_title = _("Unlock")
    template_name = "core/unlock_confirm.html"

    @property
    def confirmation_message(self):
        return gettext(
            "Allow logging in from %(address)s again? Its recent wrong passwords are forgotten."
        ) % {"address": self.object.ip_address}

    def get_success_message(self):
        return gettext("Logging in from %(address)s is possible again.") % {
            "address": self.object.ip_address
        }

    def delete_action(self):
        reset(ip=self.object.ip_address)


class LoginLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "login_lockouts"
    icon = "lock"
    menu_label = _("Login lockouts")
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = LockoutIndexView
    delete_view_class = UnlockView
    list_display = [
        "ip_address",
        Column("username", label=_("User name")),
        Column("failures_since_start", label=_("Wrong passwords")),
        DateColumn("attempt_time", label=_("Last attempt")),
        Column("state", label=_("Status"), accessor=lock_state),
    ]

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("unlock/<int:pk>/", self.delete_view, name="delete"),
        ]

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename=get_permission_codename("delete", AccessAttempt._meta))
        )


login_lockout_viewset = LoginLockoutViewSet()
