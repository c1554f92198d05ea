from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from search import views

# Translated paths: /zoeken/ and /trefwoord/<slug>/ in Dutch, /en/search/ and
# /en/keyword/<slug>/ in English. Completions live under the search page's own path.
urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(format_lazy("{}autocomplete/", _("search/")), views.autocomplete, name="autocomplete"),
    path(_("keyword/<slug:slug>/"), views.keyword, name="keyword"),
]
