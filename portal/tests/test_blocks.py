"""Every block of the shared library renders its preview value in its own template."""

from wagtail import blocks as wagtail_blocks

import pytest

from portal import blocks


def library_blocks():
    found = []
    for name in dir(blocks):
        candidate = getattr(blocks, name)
        if (
            isinstance(candidate, type)
            and issubclass(candidate, wagtail_blocks.Block)
            and candidate.__module__ == blocks.__name__
            and not issubclass(candidate, wagtail_blocks.StreamBlock)
        ):
            found.append(candidate)
    return found


def test_library_blocks_have_templates():
    without = [
        block.__name__
        for block in library_blocks()
        if not getattr(block().meta, "template", None) and block not in (blocks.CallToActionBlock, blocks.NewsItemBlock)
    ]
    assert not without


def previewable(block_class):
    return getattr(block_class().meta, "preview_value", None) is not None


@pytest.mark.parametrize("block_class", [b for b in library_blocks() if previewable(b)], ids=lambda b: b.__name__)
def test_block_renders_its_preview_value(block_class):
    block = block_class()
    value = block.get_preview_value()
    html = block.render(value)
    assert html.strip()
    # The template shows the value's text, not an empty shell.
    text = str(value) if not hasattr(value, "values") else " ".join(str(v) for v in value.values())
    assert any(word in html for word in text.replace("<p>", " ").replace("</p>", " ").split()[:3])
