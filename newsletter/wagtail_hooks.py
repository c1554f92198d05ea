from wagtail import hooks

from newsletter.admin_views import subscriber_viewset


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    """Newsletter subscribers, in the admin menu."""
    return subscriber_viewset
