"""The StreamField blocks of a health article; each block's name is the API's ``type``."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# API representations
# -------------------
# Each top-level block declares its JSON ``value`` twice, side by side: ``api_schema`` (the
# OpenAPI 3.1 / JSON Schema the API documents) and ``get_api_representation`` (what it sends).
# ``context["references"]`` (``api.references.References``) turns pages, images and rich
# text into their API form, in the request's language, from lookups made in bulk; a page
# that is not live and public comes back as ``None``. Struct children are not swapped for
# API-aware subclasses because that would change the StreamField definitions in migrations.

PAGE_SUMMARY_SCHEMA = {"$ref": "#/components/schemas/PageSummary"}
IMAGE_SCHEMA = {"$ref": "#/components/schemas/Image"}
STRING_SCHEMA = {"type": "string"}
RICH_TEXT_SCHEMA = {"type": "string", "contentMediaType": "text/html",
                    "description": "HTML; internal links are the pages' public paths"}


def _object_schema(**properties):
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


def _list_schema(items):
    return {"type": "array", "items": items}


def _nullable(schema):
    return {"oneOf": [schema, {"type": "null"}]}


def _text(value):
    return value or ""


# Chooser blocks and the API's bulk loads
# ---------------------------------------
# Wagtail's choosers query their objects one StreamField at a time; the API has already loaded
# every page and image a response shows (``api/references.py``), so while ``loaded_choices`` is
# active, choosers take them from there. Outside it (the admin, Wagtail's own API) they query.

_loaded_choices = ContextVar("loaded_choices", default=None)


@contextmanager
def loaded_choices(pages, images):
    """Page and image choosers read ``{id: object}`` maps (``None``: not public) while active."""
    token = _loaded_choices.set({"page": pages, "image": images})
    try:
        yield
    finally:
        _loaded_choices.reset(token)


class LoadedChoicesMixin:
    loaded_kind = None

    def bulk_to_python(self, values):
        loaded = (_loaded_choices.get() or {}).get(self.loaded_kind)
        # A page not loaded, or not public, is looked up as Wagtail would: the block still
        # holds a page, and its API representation leaves it out.
        if loaded is None or any(loaded.get(value) is None for value in values if value is not None):
            return super().bulk_to_python(values)
        return [None if value is None else loaded[value] for value in values]


class PageChooser(LoadedChoicesMixin, blocks.PageChooserBlock):
    loaded_kind = "page"


class ImageChooser(LoadedChoicesMixin, ImageChooserBlock):
    loaded_kind = "image"


# Stored block definitions (migrations) name Wagtail's choosers: only reading values differs.
DECONSTRUCT_ALIASES = {
    PageChooser: "wagtail.blocks.PageChooserBlock",
    ImageChooser: "wagtail.images.blocks.ImageChooserBlock",
}


def chosen_in(block, raw):
    """``("page" | "image" | "rich_text", id or HTML)`` for everything ``raw`` (a block's stored
    value) refers to, read without making Python values (which would query the choosers)."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            if child["type"] in block.child_blocks:
                yield from chosen_in(block.child_blocks[child["type"]], child["value"])
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from chosen_in(child_block, raw.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from chosen_in(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.PageChooserBlock):
        yield "page", raw
    elif isinstance(block, ImageChooserBlock):
        yield "image", raw
    elif isinstance(block, blocks.RichTextBlock):
        yield "rich_text", raw


def _references(context):
    """The response's ``References``; made once per context where an API other than ours
    (Wagtail's own v2, say) serializes these blocks without one."""
    if "references" not in context:
        from api.references import References  # the API builds on the blocks, not the reverse

        context["references"] = References.for_request(context["request"])
    return context["references"]


TITLED_TEXT_SCHEMA = _object_schema(title=STRING_SCHEMA, text=STRING_SCHEMA)


def _titled_texts(items):
    return [{"title": _text(item["title"]), "text": _text(item["text"])} for item in items]


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

    api_schema = _object_schema(text=STRING_SCHEMA, level={"type": "integer", "enum": [2, 3]})

    def get_api_representation(self, value, context=None):
        return {"text": value["text"], "level": int(value["level"])}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Body text with bold, italics, lists and links")
        preview_value = "<p>Stenosis narrows the spaces inside the spine.</p>"

    api_schema = RICH_TEXT_SCHEMA

    def get_api_representation(self, value, context=None):
        return _references(context).rich_text(value.source)


class AnalogyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.TextBlock(label=_("Text"))
    image = ImageChooser(label=_("Image"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Analogy")
        description = _("An everyday comparison that explains the condition")
        preview_value = {"title": "Analogy", "text": "Think of a kinked garden hose."}

    api_schema = _object_schema(title=STRING_SCHEMA, text=STRING_SCHEMA, image=_nullable(IMAGE_SCHEMA))

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "text": _text(value["text"]),
            "image": _references(context).image(value["image"]),
        }


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

    api_schema = _object_schema(
        title=STRING_SCHEMA, intro=STRING_SCHEMA,
        items=_list_schema(_object_schema(text=STRING_SCHEMA, detail=STRING_SCHEMA)),
    )

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "intro": _text(value["intro"]),
            "items": [{"text": item["text"], "detail": _text(item["detail"])} for item in value["items"]],
        }


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

    api_schema = _object_schema(
        title=STRING_SCHEMA,
        steps=_list_schema(
            _object_schema(title=STRING_SCHEMA, body=RICH_TEXT_SCHEMA, points=_list_schema(STRING_SCHEMA))
        ),
    )

    def get_api_representation(self, value, context=None):
        references = _references(context)
        return {
            "title": value["title"],
            "steps": [
                {
                    "title": step["title"],
                    "body": references.rich_text(step["body"].source),
                    "points": [point for point in step["points"] or [] if point],
                }
                for step in value["steps"]
            ],
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

    api_schema = _object_schema(
        title=STRING_SCHEMA, style={"type": "string", "enum": ["bullet", "check", "warning"]},
        items=_list_schema(TITLED_TEXT_SCHEMA),
    )

    def get_api_representation(self, value, context=None):
        return {"title": _text(value["title"]), "style": value["style"], "items": _titled_texts(value["items"])}


class ContraindicationsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(TitledTextBlock(), label=_("Contraindications"))

    class Meta:
        icon = "warning"
        label = _("Contraindications")
        description = _("Who should not have this treatment, and why")
        preview_value = {"title": "Not suitable for", "items": [{"title": "Bleeding disorders", "text": ""}]}

    api_schema = _object_schema(title=STRING_SCHEMA, intro=STRING_SCHEMA, items=_list_schema(TITLED_TEXT_SCHEMA))

    def get_api_representation(self, value, context=None):
        return {"title": value["title"], "intro": _text(value["intro"]), "items": _titled_texts(value["items"])}


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

    api_schema = _object_schema(
        title=STRING_SCHEMA, left_label=STRING_SCHEMA, right_label=STRING_SCHEMA,
        rows=_list_schema(_object_schema(aspect=STRING_SCHEMA, left=STRING_SCHEMA, right=STRING_SCHEMA)),
    )

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "left_label": value["left_label"],
            "right_label": value["right_label"],
            "rows": [{"aspect": row["aspect"], "left": row["left"], "right": row["right"]} for row in value["rows"]],
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

    api_schema = _object_schema(tone={"type": "string", "enum": ["info", "tip", "warning"]}, text=STRING_SCHEMA)

    def get_api_representation(self, value, context=None):
        return {"tone": value["tone"], "text": value["text"]}


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

    api_schema = _object_schema(
        title=STRING_SCHEMA, items=_list_schema(_object_schema(question=STRING_SCHEMA, answer=RICH_TEXT_SCHEMA)),
    )

    def get_api_representation(self, value, context=None):
        references = _references(context)
        return {
            "title": value["title"],
            "items": [
                {"question": item["question"], "answer": references.rich_text(item["answer"].source)}
                for item in value["items"]
            ],
        }


class RelatedItemsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    items = blocks.ListBlock(PageChooser(), label=_("Pages"))

    class Meta:
        icon = "link"
        label = _("Related items")
        description = _("A hand-picked list of pages")
        preview_value = {"title": "Read next", "items": []}

    api_schema = _object_schema(title=STRING_SCHEMA, items=_list_schema(PAGE_SUMMARY_SCHEMA))

    def get_api_representation(self, value, context=None):
        """Pages that are not live and public are left out."""
        summaries = (_references(context).page(page) for page in value["items"])
        return {"title": value["title"], "items": [summary for summary in summaries if summary]}


class CtaBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=32, required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=100, required=False)
    link_page = PageChooser(label=_("Link to a page"), required=False)
    link_url = blocks.URLBlock(label=_("or to a URL"), required=False)

    class Meta:
        icon = "mail"
        label = _("Call to action")
        description = _("Invite the reader to book, with a phone number and a link")
        preview_value = {"heading": "Book a session", "phone": "+91 80 4000 0000", "button_label": "Call"}

    api_schema = _object_schema(
        heading=STRING_SCHEMA, text=STRING_SCHEMA, phone=STRING_SCHEMA, button_label=STRING_SCHEMA,
        link=_nullable({"oneOf": [
            _object_schema(page=PAGE_SUMMARY_SCHEMA),
            _object_schema(url={"type": "string", "format": "uri"}),
        ]}),
    )

    def get_api_representation(self, value, context=None):
        """``link`` is ``{"page": summary}``, ``{"url": ...}``, or null (none, or a page not public)."""
        link = None
        if value["link_page"]:
            summary = _references(context).page(value["link_page"])
            link = {"page": summary} if summary else None
        elif value["link_url"]:
            link = {"url": value["link_url"]}
        return {
            "heading": value["heading"],
            "text": _text(value["text"]),
            "phone": _text(value["phone"]),
            "button_label": _text(value["button_label"]),
            "link": link,
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("link_page") and value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_url": ValidationError(_("Choose a page or a URL, not both."))}
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooser(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=500, required=False)
    alt_text = blocks.CharBlock(label=_("Alt text"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with a caption and text for screen readers")

    api_schema = _object_schema(image=_nullable(IMAGE_SCHEMA), caption=STRING_SCHEMA, alt_text=STRING_SCHEMA)

    def get_api_representation(self, value, context=None):
        """The image's ``alt`` is the block's alt text when the editor wrote one."""
        image = _references(context).image(value["image"])
        if image and value["alt_text"]:
            image = {**image, "alt": value["alt_text"]}
        return {"image": image, "caption": _text(value["caption"]), "alt_text": _text(value["alt_text"])}


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
