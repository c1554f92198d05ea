"""The old site's addresses as Wagtail redirects, and links in articles to the old site.

Every old address of an imported post (its permalink, its guid, /?p=<id> and the forms in
settings.WORDPRESS_OLD_POST_PATHS) becomes a permanent Wagtail redirect to the new page:
staff see and edit them under Settings → Redirects, and because they point at the page,
they follow it when it moves. Links inside articles to the old site are resolved through
the same redirects, so a link becomes a link to the page it now leads to.
"""

import html
import re
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.contrib.redirects.models import Redirect

from core.links import is_safe_url
from wordpress.media import upload_path
from wordpress.wxr import old_site_host

OLD_PATH_MAX_LENGTH = Redirect._meta.get_field("old_path").max_length


def old_site_path(url, site):
    """The path (and query) of an address on the old site, or None for another site's."""
    parts = urlsplit(url.strip())
    if parts.netloc and old_site_host(url) != site:
        return None
    if not parts.netloc and not parts.path.startswith("/"):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def old_post_paths(item, site):
    """Every address the old site had for a post, normalised and without repeats."""
    candidates = [old_site_path(item.link, site), old_site_path(item.guid, site)]
    candidates.append(f"/?p={item.wp_id}")
    if item.slug:
        date = item.date
        for pattern in settings.WORDPRESS_OLD_POST_PATHS:
            if date is None and ("{year}" in pattern or "{month}" in pattern):
                continue
            candidates.append(
                pattern.format(
                    slug=item.slug,
                    year=f"{date.year:04d}" if date else "",
                    month=f"{date.month:02d}" if date else "",
                )
            )
    paths = {}
    for candidate in candidates:
        if candidate and candidate != "/":
            paths.setdefault(Redirect.normalise_path(candidate), candidate)
    return list(paths)


class RedirectBook:
    """Creates the redirects, never twice, and never over a redirect that leads elsewhere."""

    def __init__(self, report):
        self.report = report

    def point(self, old_paths, page=None, link=""):
        """Redirect each of `old_paths` to the page (or the address): two queries in all."""
        paths = []
        for old_path in old_paths:
            path = Redirect.normalise_path(old_path)
            if len(path) > OLD_PATH_MAX_LENGTH:
                self.report.problems.add(f"old address too long for a redirect: {path[:80]}…")
            elif path not in paths:
                paths.append(path)
        existing = {
            redirect.old_path: redirect
            for redirect in Redirect.objects.filter(old_path__in=paths).select_related(
                "redirect_page"
            )
        }
        new = [
            Redirect(old_path=path, redirect_page=page, redirect_link=link, is_permanent=True)
            for path in paths
            if path not in existing
        ]
        Redirect.objects.bulk_create(new)
        self.report.redirects_created += len(new)
        for path, redirect in existing.items():
            if (page is not None and redirect.redirect_page_id == page.pk) or (
                link and redirect.redirect_link == link
            ):
                continue
            wanted = page.url_path if page is not None else link
            self.report.redirect_conflicts.add(
                f"{path}: leads to {redirect.link}; kept (the import wanted {wanted})"
            )

    def target_for(self, old_path):
        """("page", id) or ("url", address) where a redirect leads from an old address."""
        path = Redirect.normalise_path(old_path)
        redirect = Redirect.objects.filter(old_path=path).first()
        if redirect is None:
            return None
        if redirect.redirect_page_id:
            return ("page", redirect.redirect_page_id)
        return ("url", redirect.redirect_link) if redirect.redirect_link else None


class OldSiteLinks:
    """Links in an article: to the old site's articles, to its uploads, or elsewhere."""

    def __init__(self, site, redirects, media, report):
        self.site = site
        self.redirects = redirects
        self.media = media
        self.report = report
        self.pending = []  # the current article's links to old paths not imported yet

    def start(self):
        self.pending = []

    def link(self, href):
        if not href or not is_safe_url(href):
            return None
        path = old_site_path(href, self.site)
        if path is None or href.startswith(("mailto:", "tel:", "#")):
            return ("url", href)
        if upload_path(href):
            document = self.media.document(href)
            if document:
                return ("document", document)
            return ("url", self.media.file_url(href) or path)
        if path == "/":
            return ("url", "/")
        target = self.redirects.target_for(path)
        if target is not None:
            self.report.links_rewritten += 1
            return target
        # Not imported yet (perhaps later in the file): a path, which the redirect will serve
        # once it exists; rewrite_pending() makes it a page link at the end of the run.
        self.pending.append(path)
        fragment = urlsplit(href).fragment
        return ("url", path + (f"#{fragment}" if fragment else ""))

    def rewrite_pending(self, blocks, pending, context):
        """`blocks` (raw body data) with the links to the `pending` old paths that now have a
        redirect made into links to their pages; returns (changed, paths still unresolved)."""
        still_pending = []
        for path in pending:
            target = self.redirects.target_for(path)
            if target is None:
                still_pending.append(path)
                self.report.unresolved_links.add(f"{path} in {context}")
                continue
            kind, value = target
            new = (
                f'<a linktype="page" id="{value}">'
                if kind == "page"
                else f'<a href="{html.escape(value)}">'
            )
            old = re.compile(rf'<a href="{re.escape(html.escape(path))}(#[^"]*)?">')
            for block in blocks:
                if block["type"] == "paragraph":
                    block["value"], found = old.subn(new, block["value"])
                    self.report.links_rewritten += found
        return len(still_pending) < len(pending), still_pending
