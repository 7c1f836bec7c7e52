"""The MiniLM models' tokenizer: ``tokenizer.json`` through the ``tokenizers`` library, called like
transformers' tokenizer for what factlint uses. No torch: both the ONNX runtime (numpy arrays) and
the torch runtime (``minilm.py``, torch tensors) use it."""

from __future__ import annotations

from pathlib import Path

import numpy as np


class LeanTokenizer:
    """The base's ``tokenizer.json`` through ``tokenizers``, called like transformers' tokenizer
    for what factlint uses: one text or a list, optional second texts, ``truncation``
    (``True`` / ``"longest_first"``: trims the longer side first, so both sides are kept),
    ``max_length``, ``padding``, ``return_tensors`` (``"pt"``: torch tensors, ``"np"``: int64
    numpy arrays) and ``add_special_tokens``."""

    def __init__(self, path: Path):
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(path))
        # The file ships sentence-transformers' fixed 128-token padding and truncation: cleared
        # here, set per call.
        self._tok.no_padding()
        self._tok.no_truncation()
        self.pad_id = self._tok.token_to_id("[PAD]") or 0

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
        tok = self._tok
        if truncation and max_length:
            tok.enable_truncation(max_length, strategy="longest_first")
        else:
            tok.no_truncation()
        inputs = texts if pairs is None else list(zip(texts, pairs))
        encodings = tok.encode_batch(inputs, add_special_tokens=add_special_tokens)
        ids = [e.ids for e in encodings]
        types = [e.type_ids for e in encodings]
        masks = [e.attention_mask for e in encodings]
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
