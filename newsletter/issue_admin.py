"""Newsletter → Issues in the Wagtail admin: staff compose an issue, preview it as the
e-mail, send a test to themselves, then queue it; `manage.py send_newsletter`, run by a
timer, sends it (README, "Newsletter"). Per issue the list shows how many were sent and
how many failed."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from newsletter.digest import issue_message, render_issue, site_base_url
from newsletter.models import NewsletterIssue, Subscriber


def issue_for_change(request, pk):
    if not request.user.has_perm("newsletter.change_newsletterissue"):
        raise PermissionDenied
    return get_object_or_404(NewsletterIssue, pk=pk)


def preview(request, pk):
    """The issue exactly as the e-mail shows it (without a subscriber's unsubscribe link)."""
    issue = issue_for_change(request, pk)
    return HttpResponse(render_issue(issue, site_base_url(), unsubscribe_link=None)[2])


class IssueActionView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmation page with one button, for sending a test or queueing the issue."""

    template_name = "newsletter/admin/issue_action.html"
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.issue = issue_for_change(request, pk)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(issue=self.issue, question=self.question(), **kwargs)

    def post(self, request, pk):
        self.act()
        return redirect("newsletter_issues:index")


class SendTestView(IssueActionView):
    page_title = _("Send a test")

    def question(self):
        return gettext("Send “%(issue)s” to %(email)s, as a subscriber will receive it?") % {
            "issue": self.issue,
            "email": self.request.user.email or "?",
        }

    def act(self):
        email = self.request.user.email
        if not email:
            messages.error(self.request, gettext("Your account has no e-mail address."))
            return
        # Not stored: a stand-in subscriber, so the test carries a working-looking footer.
        reader = Subscriber(email=email, language=self.issue.language)
        base_url = site_base_url()
        issue_message(self.issue, reader, base_url, render_issue(self.issue, base_url)).send()
        messages.success(
            self.request, gettext("The test was sent to %(email)s.") % {"email": email}
        )


class QueueView(IssueActionView):
    page_title = _("Send to subscribers")

    def question(self):
        count = Subscriber.objects.confirmed().filter(language=self.issue.language).count()
        return gettext(
            "Send “%(issue)s” to all %(count)s confirmed subscribers of its language? "
            "This cannot be undone."
        ) % {"issue": self.issue, "count": count}

    def act(self):
        queued = NewsletterIssue.objects.filter(
            pk=self.issue.pk, status=NewsletterIssue.Status.DRAFT
        ).update(status=NewsletterIssue.Status.QUEUED)
        if queued:
            messages.success(
                self.request, gettext("The issue is queued; sending starts within minutes.")
            )
        else:
            messages.warning(self.request, gettext("This issue was already queued or sent."))


class IssueIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        name = "newsletter_issues:"
        buttons.append(
            ListingButton(
                _("Preview"),
                url=reverse(f"{name}preview", args=[instance.pk]),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noreferrer"},
            )
        )
        buttons.append(
            ListingButton(
                _("Send a test"),
                url=reverse(f"{name}send_test", args=[instance.pk]),
                icon_name="mail",
            )
        )
        if instance.status == NewsletterIssue.Status.DRAFT:
            buttons.append(
                ListingButton(
                    _("Send to subscribers"),
                    url=reverse(f"{name}queue", args=[instance.pk]),
                    icon_name="upload",
                )
            )
        return buttons


class IssueViewSet(ModelViewSet):
    model = NewsletterIssue
    icon = "mail"
    menu_label = _("Newsletter issues")
    add_to_admin_menu = True
    menu_order = 451
    index_view_class = IssueIndexView
    copy_view_enabled = False
    list_display = [
        "title",
        Column("language", label=_("language"), accessor="get_language_display"),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("sent_count", label=_("sent")),
        Column("failed_count", label=_("failed")),
        DateColumn("sent_at", label=_("sent at")),
    ]
    list_filter = ["status", "language"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("preview/<int:pk>/", preview, name="preview"),
            path("send-test/<int:pk>/", SendTestView.as_view(), name="send_test"),
            path("queue/<int:pk>/", QueueView.as_view(), name="queue"),
        ]


issue_viewset = IssueViewSet("newsletter_issues", url_prefix="newsletter/issues")
