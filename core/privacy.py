"""What the public may see: one notion, used by every listing, feed, sitemap, search entry,
completion, aggregation and document download.

A page is public when it is live, not past its expiry date, and neither it nor any of its
ancestors is, in any language, a page that staff restricted (password, login or groups). A
restriction on a Dutch page therefore holds for its English translation and for everything
under either, and the other way round: staff expect "private" to mean private in every
language. Previews and drafts never reach a visitor because only live pages count.
"""

from asgiref.local import Local
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

# The private roots of the current request (or command): computed once, forgotten when a
# request starts and whenever this process changes a restriction or a page's place.
_memo = Local()


def private_roots():
    """Paths of the restricted pages and of their translations: everything at or under one
    of them is private. One small query, at most once per request; () when nothing is
    restricted, so a listing then carries no privacy condition at all."""
    roots = getattr(_memo, "roots", None)
    if roots is None:
        keys = PageViewRestriction.objects.values("page__translation_key")
        paths = sorted(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))
        kept = []
        for path in paths:
            # Sorted, a page comes right before its descendants: keep only the topmost.
            if not kept or not path.startswith(kept[-1]):
                kept.append(path)
        roots = _memo.roots = tuple(kept)
    return roots


def forget_private_roots(**kwargs):
    _memo.roots = None


def visible(queryset):
    """The public pages of `queryset`: live, not expired, outside private sections.

    A path prefix per private root rather than a subquery per row, so the cost of a
    listing does not grow with the number of pages it filters.
    """
    queryset = queryset.live().filter(_not_expired())
    for root in private_roots():
        queryset = queryset.exclude(path__startswith=root)
    return queryset


def is_public(page):
    """True when `page` may be shown to anyone: the single-page form of `visible`."""
    if not page.live or (page.expire_at is not None and page.expire_at <= timezone.now()):
        return False
    return not any(page.path.startswith(root) for root in private_roots())


def view_restrictions_for(page):
    """The restrictions that guard `page`: those on it, on its ancestors, and on any
    translation of those, so a visitor meets the same password or login in every language.
    Outside every private section there are none, known without a query."""
    if not any(page.path.startswith(root) for root in private_roots()):
        return PageViewRestriction.objects.none()
    step = Page.steplen
    lineage = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    keys = Page.objects.filter(path__in=lineage).values("translation_key")
    return PageViewRestriction.objects.filter(page__translation_key__in=keys)


def may_download(document, request):
    """Whether `request` may download `document`.

    Staff who can reach the admin may download any document, to check it before
    publishing. Anyone else only a document that a page they may see uses (a public page,
    or a restricted one whose password or login they have passed), or one that only
    snippets and settings use. A document that no page uses yet, or only a draft or a
    private page, stays with the staff.
    """
    if request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin"):
        return True
    page_type = ContentType.objects.get_for_model(Page)
    users = list(
        ReferenceIndex.get_references_to(document).values_list("base_content_type", "object_id")
    )
    page_ids = {int(object_id) for content_type, object_id in users if content_type == page_type.pk}
    if not page_ids:
        return bool(users)  # used by snippets or settings only, which the public sees
    pages = Page.objects.filter(pk__in=page_ids)
    if visible(pages).exists():
        return True
    return any(
        all(restriction.accept_request(request) for restriction in view_restrictions_for(page))
        for page in pages.live().filter(_not_expired())
    )


def _not_expired():
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
