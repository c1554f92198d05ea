import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from core.sitemap import BilingualSitemap, sitemap_part

SITEMAPS = {"pages": BilingualSitemap}

# Outside the language patterns: the admin, documents, sitemap and robots.txt have one URL.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    # An index of numbered parts, so that no answer grows with the archive (core/sitemap.py).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-part"},
    ),
    path("sitemap-<section>.xml", sitemap_part, name="sitemap-part"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Dutch, the default language, at the root without a prefix; English under /en/.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("news.urls")),
    path("", include("newsletter.urls")),
    path("", include("reactions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A database outage answers 503 with Retry-After in the visitor's language (operations/).
handler500 = "operations.views.server_error"
