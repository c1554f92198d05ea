"""The staff overview of translations: pages whose translation is missing, or older than
the page it was translated from, so staff see what to translate next."""

from django.conf import settings
from django.db.models import DateTimeField, F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from core.admin_reports import FormulaSafeExportMixin


def pages_needing_translation(language_code):
    """Live pages in the default language whose live translation into `language_code` is
    missing, or was published before the source last changed."""
    translation = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=language_code,
        live=True,
    )
    return (
        Page.objects.live()
        .filter(locale=Locale.get_default(), depth__gt=1)
        .annotate(
            translated_at=Subquery(
                translation.values("last_published_at")[:1], output_field=DateTimeField()
            )
        )
        .filter(Q(translated_at__isnull=True) | Q(translated_at__lt=F("last_published_at")))
        .order_by("path")
    )


class StatusColumn(Column):
    def get_value(self, instance):
        return _("missing") if instance.translated_at is None else _("older than the source")


class TranslationsToDoView(FormulaSafeExportMixin, ReportView):
    page_title = _("Translations to do")
    header_icon = "globe"
    template_name = "core/translations_report.html"
    index_url_name = "translations_to_do"
    index_results_url_name = "translations_to_do_results"
    list_export = ["title", "last_published_at", "translated_at"]
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        StatusColumn("status", label=_("English translation")),
        DateColumn("last_published_at", label=_("Source published")),
        DateColumn("translated_at", label=_("Translation published")),
    ]

    def get_queryset(self):
        return pages_needing_translation("en")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        # Say plainly whether the editor can offer machine translation.
        context["machine_translation_configured"] = bool(settings.DEEPL_API_KEY)
        return context
