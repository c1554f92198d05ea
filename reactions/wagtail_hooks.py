from wagtail import hooks
from wagtail.snippets.models import register_snippet

from reactions.admin_views import ApproveBulkAction, ReactionViewSet, RejectBulkAction

# The moderation queue, in the admin menu (reactions/admin_views.py).
register_snippet(ReactionViewSet)
hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", RejectBulkAction)
