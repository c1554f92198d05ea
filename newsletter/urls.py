from django.urls import path
from django.utils.translation import gettext_lazy as _

from newsletter import views

# Translated paths: /nieuwsbrief/aanmelden/ in Dutch, /en/newsletter/subscribe/ in English.
urlpatterns = [
    path(_("newsletter/subscribe/"), views.signup, name="newsletter-signup"),
    path(_("newsletter/confirm/<str:token>/"), views.confirm, name="newsletter-confirm"),
    path(
        _("newsletter/unsubscribe/<str:token>/"),
        views.unsubscribe,
        name="newsletter-unsubscribe",
    ),
    path(_("newsletter/issue/<int:pk>/"), views.issue_web_version, name="newsletter-issue"),
]
