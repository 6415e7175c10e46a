"""The shared StreamField block library. One template per block in templates/blocks/.

Every app builds its page bodies from these blocks, so a block looks and behaves the
same everywhere, and wagtail-localize extracts its text (alt text included) for
translation.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        preview_value = {"text": "Security by Design in public spaces", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        preview_value = "<p>Public spaces are open by design; protecting them starts with their users.</p>"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Tone"),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        preview_value = {"tone": "tip", "title": "Remember", "text": "<p>Involve the people who use the space.</p>"}


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"))

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "blocks/key_points.html"
        preview_value = {"title": "Key points", "points": ["Assess first", "Design in", "Review"]}


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        label = _("Call to action")


class HeroBlock(blocks.StructBlock):
    # No image: wagtail-localize cannot extract an empty optional ImageBlock, and the
    # home page stays light without one.
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=500)
    actions = blocks.ListBlock(CallToActionBlock(), label=_("Calls to action"), max_num=2)

    class Meta:
        icon = "image"
        label = _("Hero")
        template = "blocks/hero.html"


class FeaturedPagesBlock(blocks.StructBlock):
    """A card grid of chosen pages: featured training, featured case studies."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=400)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pages"), min_num=1, max_num=12)

    class Meta:
        icon = "grip"
        label = _("Featured pages")
        template = "blocks/featured_pages.html"


class NewsItemBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("news", _("News")), ("event", _("Event"))], default="news", label=_("Kind"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    date = blocks.DateBlock(label=_("Date"))
    place = blocks.CharBlock(label=_("Place"), required=False, max_length=120)
    summary = blocks.TextBlock(label=_("Summary"), max_length=400)
    link = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "date"
        label = _("News or event")


class NewsEventsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    items = blocks.ListBlock(NewsItemBlock(), label=_("Items"))

    class Meta:
        icon = "date"
        label = _("News and events")
        template = "blocks/news_events.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=160)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The general-purpose body used by standard pages and as a base elsewhere."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    callout = CalloutBlock()
    key_points = KeyPointsBlock()
    document = DocumentLinkBlock()


class HomeStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    featured_pages = FeaturedPagesBlock()
    news_events = NewsEventsBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
