from django.urls import path
from django.utils.translation import gettext_lazy as _

from reactions import views

# Translated paths: /reacties/12/ in Dutch, /en/reactions/12/ in English.
urlpatterns = [
    path(_("reactions/<int:page_id>/"), views.post_reaction, name="reaction-post"),
]
