from news.models.news import NewsIndexPage, NewsPage, NewsPageKeyword, NewsPageTheme
from news.models.publications import (
    CountedDownload,
    DownloadCount,
    PublicationIndexPage,
    PublicationKeyword,
    PublicationPage,
    PublicationTheme,
    PublicationType,
)

__all__ = [
    "CountedDownload",
    "DownloadCount",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageKeyword",
    "NewsPageTheme",
    "PublicationIndexPage",
    "PublicationKeyword",
    "PublicationPage",
    "PublicationTheme",
    "PublicationType",
]
