"""The StreamField blocks of a health article; each block's name is the API's ``type``."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("2", _("Section (h2)")), ("3", _("Sub-section (h3)"))], default="2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section or sub-section heading")
        preview_value = {"text": "What is spinal stenosis?", "level": "2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Body text with bold, italics, lists and links")
        preview_value = "<p>Stenosis narrows the spaces inside the spine.</p>"


class AnalogyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.TextBlock(label=_("Text"))
    image = ImageChooserBlock(label=_("Image"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Analogy")
        description = _("An everyday comparison that explains the condition")
        preview_value = {"title": "Analogy", "text": "Think of a kinked garden hose."}


class TextWithDetailBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=500)
    detail = blocks.TextBlock(label=_("Detail"), required=False)


class SymptomListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(TextWithDetailBlock(), label=_("Symptoms"))

    class Meta:
        icon = "list-ul"
        label = _("Symptom list")
        description = _("Symptoms a reader may recognise, each with optional detail")
        preview_value = {"title": "Common symptoms", "items": [{"text": "Numbness", "detail": ""}]}


class MechanismStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    body = blocks.RichTextBlock(label=_("Body"), features=RICH_TEXT_FEATURES)
    points = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("Points"), required=False)


class MechanismStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    steps = blocks.ListBlock(MechanismStepBlock(), label=_("Steps"))

    class Meta:
        icon = "order"
        label = _("Mechanism steps")
        description = _("How a treatment works, step by step, with sub-points")
        preview_value = {
            "title": "How it works",
            "steps": [{"title": "Step 1", "body": "<p>The problem.</p>", "points": ["Guarding"]}],
        }


class TitledTextBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)


class BulletListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255, required=False)
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("bullet", _("Bullet")), ("check", _("Check")), ("warning", _("Warning"))],
        default="bullet",
    )
    items = blocks.ListBlock(TitledTextBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Bullet list")
        description = _("A list of titled points: candidates, target muscles, what to expect")
        preview_value = {"title": "Who benefits", "style": "check", "items": [{"title": "Adults", "text": ""}]}


class ContraindicationsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(TitledTextBlock(), label=_("Contraindications"))

    class Meta:
        icon = "warning"
        label = _("Contraindications")
        description = _("Who should not have this treatment, and why")
        preview_value = {"title": "Not suitable for", "items": [{"title": "Bleeding disorders", "text": ""}]}


class ComparisonRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(label=_("Aspect"), max_length=255)
    left = blocks.TextBlock(label=_("Left"))
    right = blocks.TextBlock(label=_("Right"))


class ComparisonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    left_label = blocks.CharBlock(label=_("Left label"), max_length=100)
    right_label = blocks.CharBlock(label=_("Right label"), max_length=100)
    rows = blocks.ListBlock(ComparisonRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Comparison")
        description = _("Two approaches side by side, aspect by aspect")
        preview_value = {
            "title": "Dry needling vs acupuncture",
            "left_label": "Dry needling",
            "right_label": "Acupuncture",
            "rows": [{"aspect": "Basis", "left": "Anatomy", "right": "Meridians"}],
        }


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Callout")
        description = _("A highlighted note, tip or warning")
        preview_value = {"tone": "tip", "text": "Drink water after a session."}


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255, default="Frequently asked questions")
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("FAQ")
        description = _("Questions and answers; also published as schema.org FAQPage")
        preview_value = {"title": "FAQ", "items": [{"question": "Does it hurt?", "answer": "<p>Briefly.</p>"}]}


class RelatedItemsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    items = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pages"))

    class Meta:
        icon = "link"
        label = _("Related items")
        description = _("A hand-picked list of pages")
        preview_value = {"title": "Read next", "items": []}


class CtaBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=32, required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=100, required=False)
    link_page = blocks.PageChooserBlock(label=_("Link to a page"), required=False)
    link_url = blocks.URLBlock(label=_("or to a URL"), required=False)

    class Meta:
        icon = "mail"
        label = _("Call to action")
        description = _("Invite the reader to book, with a phone number and a link")
        preview_value = {"heading": "Book a session", "phone": "+91 80 4000 0000", "button_label": "Call"}

    def clean(self, value):
        value = super().clean(value)
        if value.get("link_page") and value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_url": ValidationError(_("Choose a page or a URL, not both."))}
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=500, required=False)
    alt_text = blocks.CharBlock(label=_("Alt text"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with a caption and text for screen readers")


class ArticleStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    analogy = AnalogyBlock()
    symptom_list = SymptomListBlock()
    mechanism_steps = MechanismStepsBlock()
    bullet_list = BulletListBlock()
    contraindications = ContraindicationsBlock()
    comparison = ComparisonBlock()
    callout = CalloutBlock()
    faq = FaqBlock()
    related_items = RelatedItemsBlock()
    cta = CtaBlock()
    image = ImageBlock()
