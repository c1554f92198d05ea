from wagtail import hooks

from newsletter.admin_views import subscriber_viewset
from newsletter.issue_admin import issue_viewset


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    """Newsletter subscribers, in the admin menu."""
    return subscriber_viewset


@hooks.register("register_admin_viewset")
def register_issue_viewset():
    """Newsletter issues: compose, preview, test, queue."""
    return issue_viewset
