"""The one StreamField block library that every page body draws from."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.links import SafeURLFormField

# Staff write prose, not layout: headings come from the heading block, and no raw HTML.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class SafeURLBlock(blocks.URLBlock):
    """A link in a block: a web address, mailto:, tel:, a path on this site or an anchor,
    never javascript: and the like (core/links.py). Still a URLBlock, so wagtail-localize
    offers it as a link a translation may override."""

    def __init__(
        self,
        required=True,
        help_text=None,
        max_length=None,
        min_length=None,
        validators=(),
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.field = SafeURLFormField(
            required=required,
            help_text=help_text,
            max_length=max_length,
            min_length=min_length,
            validators=validators,
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading")), ("h3", _("Subheading"))],
        default="h2",
        # Wagtail indexes a choice by its label: every heading put "Kop" into the search
        # index and snippets of both languages.
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        description = _("A heading that divides the text into sections.")
        preview_value = {"text": "Leren van en met elkaar", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        description = _("A photo with an optional caption and photo credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"), required=False)
    role = blocks.CharBlock(label=_("Role or organisation"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        description = _("A quote, with who said it.")
        preview_value = {
            "text": "Het leven gaat over betekenisvolle relaties, niet over zorg.",
            "speaker": "Een deelnemer",
            "role": "gehandicaptenzorg",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the file's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"
        description = _("A download link showing the file's format and size.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=100)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = SafeURLBlock(label=_("Or web address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=40)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        description = _("A highlighted invitation with one button.")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(label=_("Link text"), required=False)


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/link_list.html"
        description = _("A short list of links to other pages of the site.")


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter's own sign-up form (newsletter/), with its consent sentence from
    Settings → Newsletter; the page's language is the form's default."""

    title = blocks.CharBlock(label=_("Title"), max_length=100, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup_block.html"
        description = _("The newsletter sign-up form, for readers who want more of this.")
        preview_value = {"title": "Blijf op de hoogte", "text": "Elke week het nieuws."}


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="components/blocks/paragraph.html",
        description=_("Running text with bold, italic, links and lists."),
    )
    heading = HeadingBlock(label=_("Heading"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    video = EmbedBlock(
        label=_("Video"),
        icon="media",
        template="components/blocks/video.html",
        description=_("A YouTube or Vimeo video, by its web address."),
    )
    document = DocumentBlock(label=_("Download"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    links = LinkListBlock(label=_("List of links"))
    newsletter_signup = NewsletterSignupBlock(label=_("Newsletter sign-up"))
