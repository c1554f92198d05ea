from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

# The path is translated: /zoeken/ in Dutch, /en/search/ in English.
urlpatterns = [path(_("search/"), views.search, name="search")]
