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
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", _("Heading")), ("h3", _("Subheading"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        description = _("A heading that divides the text into sections.")
        preview_value = {"text": "Leren van en met elkaar", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(label=_("photo credit"), required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        description = _("A photo with an optional caption and photo credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    speaker = blocks.CharBlock(label=_("speaker"), required=False)
    role = blocks.CharBlock(label=_("role or organisation"), required=False)

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
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, help_text=_("Leave empty to use the file's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"
        description = _("A download link showing the file's format and size.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=100)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = SafeURLBlock(label=_("or web address"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=40)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        description = _("A highlighted invitation with one button.")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(label=_("link text"), required=False)


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("links"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/link_list.html"
        description = _("A short list of links to other pages of the site.")


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter's own sign-up form (newsletter/), with its consent sentence from
    Settings → Newsletter; the page's language is the form's default."""

    title = blocks.CharBlock(label=_("title"), max_length=100, required=False)
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup_block.html"
        description = _("The newsletter sign-up form, for readers who want more of this.")
        preview_value = {"title": "Blijf op de hoogte", "text": "Elke week het nieuws."}


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="components/blocks/paragraph.html",
        description=_("Running text with bold, italic, links and lists."),
    )
    heading = HeadingBlock(label=_("heading"))
    image = ImageBlock(label=_("image"))
    quote = QuoteBlock(label=_("quote"))
    video = EmbedBlock(
        label=_("video"),
        icon="media",
        template="components/blocks/video.html",
        description=_("A YouTube or Vimeo video, by its web address."),
    )
    document = DocumentBlock(label=_("download"))
    call_to_action = CallToActionBlock(label=_("call to action"))
    links = LinkListBlock(label=_("list of links"))
    newsletter_signup = NewsletterSignupBlock(label=_("newsletter sign-up"))
