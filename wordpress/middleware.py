"""Wagtail's redirects, keeping the visitor's query string (utm_* and the rest).

Wagtail's RedirectMiddleware answers a redirect with the target alone (Wagtail issue
#4414), so a newsletter link to an old address lost its utm_ parameters and the campaign
its clicks. This one carries them to the target, for every Wagtail redirect: the old
WordPress addresses, the ones Wagtail makes when a page's slug changes (an English page
whose slug was first the Dutch one included), and the ones staff add by hand.

It also finds a redirect keyed on one of the query's parameters (WordPress's /?p=<id>)
when the visitor's link carries more (/?p=12&utm_source=…), and since the home page
itself answers /?p=<id>, such addresses are looked up before the page is served.
"""

from urllib.parse import urlsplit, urlunsplit

from django import http
from django.utils.encoding import uri_to_iri
from wagtail.contrib.redirects.middleware import RedirectMiddleware
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# Query parameters that WordPress answers at its root; only these make the root look up a
# redirect before serving the home page, so other visits to the home page cost nothing.
WORDPRESS_ROOT_PARAMETERS = ("p", "page_id", "cat", "tag")
# A query with more parameters than this is looked up whole and without its query only.
MAX_PARAMETERS_TRIED = 10


class RedirectKeepingQueryMiddleware(RedirectMiddleware):
    def process_request(self, request):
        if request.path == "/" and any(key in request.GET for key in WORDPRESS_ROOT_PARAMETERS):
            return self.redirect_for(request)
        return None

    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        return self.redirect_for(request) or response

    def redirect_for(self, request):
        """The redirect response for this request's address, or None."""
        if "\0" in request.get_full_path():  # rejected as Wagtail does (#4496)
            return None
        parameters = [part for part in request.META.get("QUERY_STRING", "").split("&") if part]
        redirect, used = _find_redirect(request, parameters)
        if redirect is None or redirect.link is None:
            return None
        target = with_parameters(redirect.link, [p for p in parameters if p not in used])
        response_class = (
            http.HttpResponsePermanentRedirect
            if redirect.is_permanent
            else http.HttpResponseRedirect
        )
        return response_class(target)


def _find_redirect(request, parameters):
    """The best redirect for the path and query, and the query parameters its old address
    consumed: the whole query first, then each single parameter, then the path alone."""
    path = Redirect.normalise_path(request.get_full_path().split("?", 1)[0], decode_unicode=False)
    tries = [(parameters, path + ("?" + "&".join(sorted(parameters)) if parameters else ""))]
    if len(parameters) <= MAX_PARAMETERS_TRIED:
        tries += [([parameter], f"{path}?{parameter}") for parameter in parameters]
    tries.append(([], path))
    old_paths = {}
    for used, old_path in tries:
        for form in (uri_to_iri(old_path), old_path):
            old_paths.setdefault(form, used)
    site = Site.find_for_request(request)
    found = {}
    for redirect in Redirect.get_for_site(site).filter(old_path__in=list(old_paths)):
        # A redirect for this site wins over one for every site, as in Wagtail.
        if redirect.old_path not in found or redirect.site_id is not None:
            found[redirect.old_path] = redirect
    for form, used in old_paths.items():
        if form in found:
            return found[form], set(used)
    return None, set()


def with_parameters(target, parameters):
    """The target address with the visitor's parameters added, after its own; a parameter
    the target already sets keeps the target's value."""
    if not parameters:
        return target
    parts = urlsplit(target)
    own = [part for part in parts.query.split("&") if part]
    own_names = {part.split("=", 1)[0] for part in own}
    added = [part for part in parameters if part.split("=", 1)[0] not in own_names]
    return urlunsplit(parts._replace(query="&".join(own + added)))
