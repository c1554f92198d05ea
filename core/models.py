"""What every page type shares: the abstract BasePage with its listing and social fields,
keyword tagging, and the site-wide settings staff edit."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.links import validate_safe_url
from core.privacy import view_restrictions_for


class ListingFields(models.Model):
    """How a page looks as a card in lists: its own title, summary and image if wanted."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=120,
        blank=True,
        help_text=_("Shown on cards in lists instead of the page title. Optional."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("In lists"),
        )
    ]

    class Meta:
        abstract = True


class SocialFields(models.Model):
    """The image that social networks show when someone shares the page."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Defaults to the listing image."),
    )

    panels = [FieldPanel("social_image")]

    class Meta:
        abstract = True


class BasePage(ListingFields, SocialFields, Page):
    """The parent of every public page type, so shared fields are declared once."""

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    promote_panels = [*Page.promote_panels, *ListingFields.panels, *SocialFields.panels]

    # Subclasses with their own main image name it here, so cards and social previews use it.
    main_image_field = None
    # How lists of this page type are ordered, and what a list of them is called.
    listing_order = ["-first_published_at"]
    listing_heading = _("Pages")
    # Further relations the page's template shows (foreign keys), fetched with the page.
    extra_page_related_fields = []

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        if self.listing_image_id:
            return self.listing_image
        return getattr(self, self.main_image_field) if self.main_image_field else None

    @property
    def share_image(self):
        return self.social_image if self.social_image_id else self.card_image

    @property
    def meta_description(self):
        return self.search_description or self.card_summary

    @property
    def document_title(self):
        """The browser tab's title: the page's, then the site's name, once (the Dutch home
        page is called like the site, and showed it twice)."""
        title = self.seo_title or self.title
        if title.strip().casefold() == settings.WAGTAIL_SITE_NAME.casefold():
            return title
        return f"{title} · {settings.WAGTAIL_SITE_NAME}"

    def route(self, request, path_components):
        """Find a descendant by its whole path in one query, rather than Wagtail's two per
        level; sub-routes (such as a publication's download/) take the usual way."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = Page.objects.filter(url_path=url_path).only("content_type").first()
            if found is not None:
                model = found.specific_class
                # Its images come along, for the page's picture and its social card.
                related = getattr(model, "page_related_fields", lambda: [])()
                target = model.objects.select_related(*related).get(pk=found.pk)
                return target.route(request, [])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Restrictions on this page, its ancestors and their translations: Wagtail's own
        check (the password form, the login) then guards every language alike."""
        return view_restrictions_for(self)

    @classmethod
    def index_model(cls):
        """The page type that lists this one: its first allowed parent type."""
        return apps.get_model(cls.parent_page_types[0])

    @classmethod
    def page_related_fields(cls):
        """The relations the page's own template shows, joined in when it is served."""
        return [*cls.card_related_fields(), *cls.extra_page_related_fields]

    @classmethod
    def card_related_fields(cls):
        """The relations a card needs, for select_related in listings."""
        fields = ["listing_image"]
        if cls.main_image_field:
            fields.append(cls.main_image_field)
        return fields


class IndexPage(BasePage):
    """A section's overview page (themes, news, publications, participants): one per
    language, right under the home page, with a short introduction."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contact details and social links of every footer (the newsletter form has its own
    settings in newsletter/)."""

    contact_email = models.EmailField(_("contact e-mail"), default="radicalevernieuwing@loc.nl")
    contact_phone = models.CharField(_("contact phone"), max_length=40, default="030 207 4067")
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True, validators=[validate_safe_url])
    youtube_url = models.URLField(_("YouTube channel"), blank=True, validators=[validate_safe_url])

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], _("Contact")),
        MultiFieldPanel([FieldPanel("linkedin_url"), FieldPanel("youtube_url")], _("Social")),
    ]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class KeywordName(TranslatableMixin, models.Model):
    """A keyword's name and web address in one language.

    Keywords are taggit tags, shared by a page and its translations (wagtail-localize
    copies tags unchanged). The name a visitor sees comes from here, so a keyword is
    translated once, like any snippet, and every English page shows it in English.
    """

    tag = models.ForeignKey("taggit.Tag", on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("web address"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="one_keyword_name_per_language"),
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_keyword_slug_per_language"
            ),
        ]

    def __str__(self):
        return self.name


@register_snippet
class SiteTexts(TranslatableMixin, models.Model):
    """The footer and newsletter texts of one language, which staff write and translate
    like any snippet. Empty fields fall back to the site's built-in wording."""

    newsletter_title = models.CharField(_("newsletter title"), max_length=100, blank=True)
    newsletter_text = models.TextField(_("newsletter text"), blank=True)
    footer_text = models.TextField(
        _("footer text"), blank=True, help_text=_("A line at the bottom of every page.")
    )

    panels = [
        FieldPanel("newsletter_title"),
        FieldPanel("newsletter_text"),
        FieldPanel("footer_text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale})"

    @classmethod
    def for_language(cls, language_code):
        """The texts in that language, else in the default language, else None."""
        texts = {t.locale.language_code: t for t in cls.objects.select_related("locale")}
        return texts.get(language_code) or texts.get(Locale.get_default().language_code)
