"""The browser's own defences, sent as response headers: Content-Security-Policy, with a
policy of its own for the Wagtail admin, and Permissions-Policy."""

from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


@cache
def admin_path_prefix():
    return reverse("wagtailadmin_home")


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the admin (and the page previews it renders) the
    looser ADMIN_CONTENT_SECURITY_POLICY: Wagtail's editors and wagtail-localize's React
    editor still use inline styles and scripts. A view decorated with django-csp's own
    decorators keeps the policy it chose."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_path_prefix())
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


def permissions_policy_header(policy):
    """The header value of a {feature: [allowed origins]} dict, in the header's own
    syntax: `camera=(), fullscreen=(self "https://player.vimeo.com")`."""

    def allowlist(origins):
        return " ".join(origin if origin == "self" else f'"{origin}"' for origin in origins)

    return ", ".join(f"{feature}=({allowlist(origins)})" for feature, origins in policy.items())


def permissions_policy(get_response):
    """Middleware: every response says which browser features the page may use."""
    header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def add_permissions_policy(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", header)
        return response

    return add_permissions_policy
