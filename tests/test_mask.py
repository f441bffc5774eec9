"""mask: code and comments blanked out; short texts remembered, long ones not kept alive."""

from vaultsmith.vault import markdown
from vaultsmith.vault.markdown import REMEMBERED_LENGTH, mask


def test_code_span_and_comment_are_blanked_keeping_offsets() -> None:
    text = "see `[[A]]` and %%[[B]]%% but [[C]]"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "[[A]]" not in masked and "[[B]]" not in masked
    assert masked.endswith("[[C]]")


def test_a_short_text_is_masked_once() -> None:
    text = "short `[[code]]` " + "x" * 100
    assert mask(text) is mask(text)


def test_a_long_text_is_masked_but_not_kept_alive() -> None:
    before = markdown._remembered.cache_info()
    text = "`[[code]]` " + "y" * REMEMBERED_LENGTH
    masked = mask(text)
    assert masked.startswith(" " * len("`[[code]]`")) and len(masked) == len(text)
    after = markdown._remembered.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
