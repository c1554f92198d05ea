"""Reactions in the Wagtail admin: the moderation queue of Eindredactie.

A list with filters by status and language, search, and approve or reject per reaction
(its row's buttons) or for all ticked ones at once (Wagtail's bulk actions); both ask for a
confirmation and go through reactions/moderation.py. Staff delete a reaction on request
(AVG/GDPR) with the usual delete. Nobody adds reactions by hand: they come from visitors.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from reactions.models import Reaction
from reactions.moderation import moderate


class NoAddingPermissionPolicy(ModelPermissionPolicy):
    """Staff may moderate, correct and delete reactions, never write one in a visitor's name."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Reaction, NoAddingPermissionPolicy(Reaction))


class ModerateBulkAction(SnippetBulkAction):
    """Give the chosen reactions one status; only for those who may change reactions.

    Approve and reject differ only in what they say, so each is this class with its texts:
    `success_message` is a plural pair made with ngettext_lazy(..., "count")."""

    models = [Reaction]
    status = None
    success_message = None
    template_name = "reactions/admin/confirm_moderation.html"

    def check_perm(self, reaction):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", reaction
        )

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}

    def get_execution_context(self):
        return {"status": self.status, "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, user=None, **kwargs):
        return moderate(objects, status, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message % {"count": num_parent_objects}


class ApproveBulkAction(ModerateBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected reactions")
    action_priority = 10
    status = Reaction.Status.APPROVED
    question = _("Publish these reactions under their articles?")
    button_text = _("Yes, approve")
    success_message = ngettext_lazy(
        "%(count)d reaction approved: it is shown under its article.",
        "%(count)d reactions approved: they are shown under their articles.",
        "count",
    )


class RejectBulkAction(ModerateBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected reactions")
    action_priority = 20
    status = Reaction.Status.REJECTED
    question = _("Reject these reactions? They are not shown (any more).")
    button_text = _("Yes, reject")
    success_message = ngettext_lazy(
        "%(count)d reaction rejected.", "%(count)d reactions rejected.", "count"
    )


def bulk_action_url(action, reaction, next_url):
    path = reverse("wagtail_bulk_action", args=["reactions", "reaction", action.action_type])
    return f"{path}?{urlencode({'id': reaction.pk, 'next': next_url})}"


class ReactionIndexView(IndexView):
    def get_list_buttons(self, instance):
        """Approve and reject beside each reaction that is not already so, for those who
        may moderate; each leads to the same confirmation as the bulk action."""
        buttons = []
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            for action in (ApproveBulkAction, RejectBulkAction):
                if instance.status != action.status:
                    url = bulk_action_url(action, instance, self.request.get_full_path())
                    buttons.append(ListingButton(action.display_name, url=url))
        return buttons + super().get_list_buttons(instance)


class ReactionViewSet(SnippetViewSet):
    model = Reaction
    icon = "comment"
    menu_label = _("Reactions")
    add_to_admin_menu = True
    menu_order = 460
    index_view_class = ReactionIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["page", "name", "email", "text", "status", "created_at", "moderated_at"]
    list_display = [
        "name",  # the title column: a link to the reaction, with its buttons
        Column("excerpt", label=_("reaction")),
        Column("page", label=_("article")),
        Column("language", label=_("language"), accessor="page.locale.get_display_name"),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("received at"), sort_key="created_at"),
    ]
    list_filter = ["status", "page__locale"]
    search_fields = ["name", "text", "email"]
    search_backend_name = None  # the database's own search: no index to keep in step
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return Reaction.objects.select_related("page", "page__locale")
