from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

# Translated paths: /zoeken/ and /trefwoord/<slug>/ in Dutch, /en/search/ and
# /en/keyword/<slug>/ in English.
urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("keyword/<slug:slug>/"), views.keyword, name="keyword"),
]
