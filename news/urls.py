from django.urls import path
from django.utils.translation import gettext_lazy as _

from news.feeds import news_atom, news_rss

# Translated paths: /nieuws/feed/ in Dutch, /en/news/feed/ in English.
urlpatterns = [
    path(_("news/feed/"), news_rss, name="news-feed-rss"),
    path(_("news/feed/atom/"), news_atom, name="news-feed-atom"),
    path(_("news/feed/<slug:theme>/"), news_rss, name="theme-feed-rss"),
    path(_("news/feed/<slug:theme>/atom/"), news_atom, name="theme-feed-atom"),
]
