"""Turns the demo's plain block data into Wagtail's raw StreamField JSON.

Block and list-item ids are uuid5 of the page key and the block's position in the English
structure, so every language of a page gets the same ids: the translator workflow keys
translated strings by them.
"""

import re
import uuid

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from pages.blocks import ArticleStreamBlock

DEMO_NAMESPACE = uuid.UUID("5b1f0c8e-2d3a-4f6b-9c1e-7a8d9e0f1a2b")
PAGE_LINK = re.compile(r'<a href="page:([a-z0-9-]+)">')


def block_id(*parts):
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(p) for p in parts)))


class DemoReferences:
    """Resolves the demo's page and image keys to database ids."""

    def __init__(self, page_ids, image_ids):
        self.page_ids = page_ids
        self.image_ids = image_ids

    def rich_text(self, html):
        return PAGE_LINK.sub(lambda m: f'<a linktype="page" id="{self.page_ids[m.group(1)]}">', html or "")

    def raw_value(self, block, value, path):
        if isinstance(block, blocks.ListBlock):
            return [
                {"type": "item", "id": block_id(*path, i), "value": self.raw_value(block.child_block, item, (*path, i))}
                for i, item in enumerate(value or [])
            ]
        if isinstance(block, blocks.StructBlock):
            return {
                name: self.raw_value(child, value[name], (*path, name))
                for name, child in block.child_blocks.items()
                if name in value
            }
        if isinstance(block, blocks.PageChooserBlock):
            return self.page_ids[value] if value else None
        if isinstance(block, ImageChooserBlock):
            return self.image_ids[value] if value else None
        if isinstance(block, blocks.RichTextBlock):
            return self.rich_text(value)
        return value

    def raw_stream(self, page_key, body):
        stream_block = ArticleStreamBlock()
        return [
            {
                "type": item["type"],
                "id": block_id(page_key, index),
                "value": self.raw_value(stream_block.child_blocks[item["type"]], item["value"], (page_key, index)),
            }
            for index, item in enumerate(body)
        ]
