"""mask: code and comments blanked out, offsets kept."""

from vaultsmith.vault.markdown import mask


def test_code_span_and_comment_are_blanked_keeping_offsets() -> None:
    text = "see `[[A]]` and %%[[B]]%% but [[C]]"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "[[A]]" not in masked and "[[B]]" not in masked
    assert masked.endswith("[[C]]")
