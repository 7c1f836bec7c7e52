"""Write ``models/wordpiece_classes.json``: the character classes BERT's WordPiece pipeline uses,
as the ``tokenizers`` library applies them, for ``models/wordpiece.py`` (which does not need the
library at run time).

    python -m factlint.training.wordpiece_classes        # needs tokenizers (the test extra)

Why a table and not Python's ``unicodedata``: the library takes its categories from a crate with
Unicode 8.0 data, so a character assigned or re-categorised since (hundreds of combining marks
and punctuation signs) is a plain letter to it, while ``unicodedata`` follows the running
Python's Unicode version. Each class is probed here on the library's own normalizer and
pre-tokenizer, one code point at a time, so the table is what the library does, whatever
Python writes or reads it. ``tests/test_wordpiece.py`` checks every code point again.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "models" / "wordpiece_classes.json"


def _ranges(points: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in points:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def probe() -> dict:
    import tokenizers
    from tokenizers import normalizers, pre_tokenizers

    clean = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=False, strip_accents=False, lowercase=False
    )
    chinese = normalizers.BertNormalizer(
        clean_text=False, handle_chinese_chars=True, strip_accents=False, lowercase=False
    )
    # NFD, then the non-spacing-mark filter (the StripAccents normalizer alone tests another
    # class, all combining marks)
    marks = normalizers.BertNormalizer(
        clean_text=False, handle_chinese_chars=False, strip_accents=True, lowercase=False
    )
    split = pre_tokenizers.BertPreTokenizer()
    classes: dict[str, list[int]] = {
        "removed": [],
        "whitespace": [],
        "cjk": [],
        "marks": [],
        "punctuation": [],
    }
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue  # surrogates: not characters of a Python str the library accepts
        ch = chr(cp)
        if clean.normalize_str(ch) == "":
            classes["removed"].append(cp)
        if chinese.normalize_str(ch) == f" {ch} ":
            classes["cjk"].append(cp)
        if marks.normalize_str(ch) == "":
            classes["marks"].append(cp)
        pieces = [piece for piece, _ in split.pre_tokenize_str(f"a{ch}b")]
        if pieces == ["a", "b"]:
            classes["whitespace"].append(cp)
        elif pieces == ["a", ch, "b"]:
            classes["punctuation"].append(cp)
    return {
        "source": f"tokenizers {tokenizers.__version__}: BertNormalizer and BertPreTokenizer"
        " probed one code point at a time (training/wordpiece_classes.py)",
        **{name: _ranges(points) for name, points in classes.items()},
    }


def main() -> None:
    OUT.write_text(json.dumps(probe(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
