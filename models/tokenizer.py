"""The models' tokenizer, called like transformers' tokenizer for what factlint uses. No torch: both
the ONNX runtime (numpy arrays) and the torch runtime (``minilm.py``, torch tensors) use it.

A BERT WordPiece ``tokenizer.json`` (our models', and most BERT-family exports) runs on
``wordpiece.py``, in plain Python; any other kind (a user's RoBERTa or SentencePiece export) on the
``tokenizers`` library, which the default install no longer includes (issue 17: it brought ~30 MB
of Hugging Face Hub and HTTP packages that factlint never uses)."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import numpy as np

from .wordpiece import UnsupportedTokenizer, WordPieceTokenizer


class LibraryTokenizer:
    """A ``tokenizer.json`` that ``wordpiece.py`` does not implement, through ``tokenizers``:
    ``encode_all(texts, pairs, max_length, add_special_tokens)`` -> (ids, type ids) per text."""

    def __init__(self, path: Path):
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(path))
        # A file may ship a fixed padding and truncation (sentence-transformers' 128 tokens):
        # cleared here, set per call.
        self._tok.no_padding()
        self._tok.no_truncation()
        self.pad_id = self._tok.token_to_id("[PAD]") or 0

    def encode_all(self, texts, pairs, max_length, add_special_tokens):
        tok = self._tok
        if max_length:
            tok.enable_truncation(max_length, strategy="longest_first")
        else:
            tok.no_truncation()
        inputs = texts if pairs is None else list(zip(texts, pairs))
        encodings = tok.encode_batch(inputs, add_special_tokens=add_special_tokens)
        return [e.ids for e in encodings], [e.type_ids for e in encodings]


class WordPieceEncoder(WordPieceTokenizer):
    """``wordpiece.py`` with the call shape of ``LibraryTokenizer``."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.pad_id = self.vocab.get("[PAD]", 0)

    def encode_all(self, texts, pairs, max_length, add_special_tokens):
        seconds = [None] * len(texts) if pairs is None else pairs
        encoded = [
            self.encode(a, b, max_length=max_length, add_special_tokens=add_special_tokens)
            for a, b in zip(texts, seconds)
        ]
        return [ids for ids, _ in encoded], [types for _, types in encoded]


class LeanTokenizer:
    """A ``tokenizer.json``, called like transformers' tokenizer for what factlint uses: one text
    or a list, optional second texts, ``truncation`` (``True`` / ``"longest_first"``: trims the
    longer side first, so both sides are kept), ``max_length``, ``padding``, ``return_tensors``
    (``"pt"``: torch tensors, ``"np"``: int64 numpy arrays) and ``add_special_tokens``. Raises
    ``UnsupportedTokenizer`` (a ``ValueError``) for a file it cannot read without ``tokenizers``
    when that is not installed."""

    def __init__(self, path: Path):
        try:
            self._tok: WordPieceEncoder | LibraryTokenizer = WordPieceEncoder(path)
        except UnsupportedTokenizer as err:
            if find_spec("tokenizers") is None:
                raise UnsupportedTokenizer(
                    f"{err}: factlint reads BERT WordPiece files by itself, any other needs "
                    "the tokenizers library (pip install tokenizers)"
                ) from None
            self._tok = LibraryTokenizer(path)
        self.pad_id = self._tok.pad_id

    def __call__(
        self,
        text,
        text_pair=None,
        *,
        truncation=False,
        max_length: int | None = None,
        padding=False,
        return_tensors: str | None = None,
        add_special_tokens: bool = True,
    ):
        single = isinstance(text, str)
        texts = [text] if single else list(text)
        pairs = None if text_pair is None else ([text_pair] if single else list(text_pair))
        ids, types = self._tok.encode_all(
            texts, pairs, max_length if truncation else None, add_special_tokens
        )
        masks = [[1] * len(row) for row in ids]
        if padding:
            width = max(map(len, ids))
            ids = [row + [self.pad_id] * (width - len(row)) for row in ids]
            types = [row + [0] * (width - len(row)) for row in types]
            masks = [row + [0] * (width - len(row)) for row in masks]
        out = {"input_ids": ids, "token_type_ids": types, "attention_mask": masks}
        if return_tensors == "pt":
            import torch

            return {k: torch.tensor(v, dtype=torch.long) for k, v in out.items()}
        if return_tensors == "np":
            return {k: np.asarray(v, dtype=np.int64) for k, v in out.items()}
        return {k: v[0] for k, v in out.items()} if single else out

    def padded(self, encoded: dict, rows: list[int]) -> dict[str, np.ndarray]:
        """Rows of an unpadded encoding (this tokenizer's lists) as int64 arrays padded to the
        longest of them: a batch cut from texts tokenized once and sorted by length."""
        width = max(len(encoded["input_ids"][i]) for i in rows)
        out = {}
        for key, fill in (("input_ids", self.pad_id), ("token_type_ids", 0), ("attention_mask", 0)):
            array = np.full((len(rows), width), fill, dtype=np.int64)
            for row, i in enumerate(rows):
                array[row, : len(encoded[key][i])] = encoded[key][i]
            out[key] = array
        return out
