"""BERT's WordPiece tokenizer in plain Python, read from a ``tokenizer.json``: what the default
model needs from the ``tokenizers`` library, without it (and without the Hugging Face Hub client,
file-system and HTTP packages that it installs).

It implements exactly the pieces all-MiniLM-L6-v2's file declares, with the library's semantics,
and refuses a file that declares anything else (``UnsupportedTokenizer``):

- added tokens (``[CLS]``, ``[SEP]``, ``[MASK]`` ...) are found in the raw text first, longest
  first, and give their own id;
- ``BertNormalizer``: drop NUL, U+FFFD and control characters, every whitespace character becomes
  a space, spaces around CJK ideographs, accents stripped (NFD, then no non-spacing marks), each
  character lowercased on its own (no final-sigma rule);
- ``BertPreTokenizer``: split on whitespace, each punctuation character a word of its own;
- ``WordPiece``: longest vocabulary prefix first, ``##`` before a continuation; a word that cannot
  be covered, or longer than ``max_input_chars_per_word``, is one ``[UNK]``;
- ``TemplateProcessing`` / ``BertProcessing``: ``[CLS] A [SEP]`` and ``[CLS] A [SEP] B [SEP]``
  with their type ids; truncation ``longest_first`` as the library does it.

Character classes are the library's, probed on it (``wordpiece_classes.json``); only NFD comes
from Python's ``unicodedata``. ``tests/test_wordpiece.py`` compares the ids with the library's on
every code point, on the project's texts and on fuzzed strings.
Words are cached (word -> ids), so a text costs a few C-level string passes and dict look-ups.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

CLASSES_FILE = Path(__file__).resolve().parent / "wordpiece_classes.json"


class UnsupportedTokenizer(ValueError):
    """The file declares something this tokenizer does not implement (the ``tokenizers`` library
    can still read it)."""


class _Ranges:
    """Sorted, disjoint ``[first, last]`` code point ranges; ``cp in ranges``."""

    def __init__(self, ranges: list[list[int]]):
        self.firsts = [first for first, _ in ranges]
        self.lasts = [last for _, last in ranges]

    def __contains__(self, cp: int) -> bool:
        i = bisect_right(self.firsts, cp) - 1
        return i >= 0 and cp <= self.lasts[i]


@lru_cache(maxsize=1)
def character_classes() -> dict[str, _Ranges]:
    """The library's character classes (``removed`` by clean_text, ``whitespace``, ``cjk``,
    non-spacing ``marks``, ``punctuation``), probed on it by ``training/wordpiece_classes.py``:
    it has Unicode 8.0 categories, which Python's ``unicodedata`` does not."""
    data = json.loads(CLASSES_FILE.read_text(encoding="utf-8"))
    return {name: _Ranges(data[name]) for name in ("removed", "whitespace", "cjk", "marks", "punctuation")}


class _CharMap(dict):
    """code point -> what it becomes, for ``str.translate``: computed on first sight by
    ``rule(cp)`` and kept, so a text is one C-level pass over characters seen before."""

    def __init__(self, rule):
        super().__init__()
        self.rule = rule

    def __missing__(self, cp: int):
        value = self[cp] = self.rule(cp)
        return value


def _expect(section: dict | None, kind: str, where: str) -> dict:
    if not isinstance(section, dict) or section.get("type") != kind:
        found = section.get("type") if isinstance(section, dict) else section
        raise UnsupportedTokenizer(f"{where} is {found!r}, not {kind}")
    return section


class WordPieceTokenizer:
    """Encodes texts and pairs into ``(ids, type_ids)`` as ``tokenizers.Tokenizer.encode`` does
    for a BERT WordPiece ``tokenizer.json`` (no padding, no truncation unless asked)."""

    def __init__(self, path: Path):
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        model = _expect(spec.get("model"), "WordPiece", "the model")
        norm = _expect(spec.get("normalizer"), "BertNormalizer", "the normalizer")
        _expect(spec.get("pre_tokenizer"), "BertPreTokenizer", "the pre-tokenizer")
        self.vocab: dict[str, int] = model["vocab"]
        self.prefix = model.get("continuing_subword_prefix", "##")
        self.max_word_chars = int(model.get("max_input_chars_per_word", 100))
        self.unk_id = self.vocab[model["unk_token"]]
        self.lowercase = bool(norm.get("lowercase", True))
        strip = norm.get("strip_accents")
        self.strip_accents = self.lowercase if strip is None else bool(strip)
        classes = character_classes()
        clean_text = bool(norm.get("clean_text", True))
        chinese = bool(norm.get("handle_chinese_chars", True))

        def clean(cp: int) -> str | int | None:  # clean_text, then spaces around CJK ideographs
            if clean_text and cp in classes["removed"]:
                return None
            if clean_text and cp in classes["whitespace"]:
                return " "
            return f" {chr(cp)} " if chinese and cp in classes["cjk"] else cp

        def split(cp: int) -> str | int:  # whitespace splits, punctuation is a word of its own
            if cp in classes["whitespace"]:
                return " "
            return f" {chr(cp)} " if cp in classes["punctuation"] else cp

        self._clean = _CharMap(clean)
        self._marks = _CharMap(lambda cp: None if cp in classes["marks"] else cp)
        self._split = _CharMap(split)
        self._words: dict[str, list[int]] = {}
        self._special_re, self._special_ids = self._added_tokens(spec.get("added_tokens") or [])
        self.single, self.pair = self._templates(spec.get("post_processor"))

    # --- the file's parts ----------------------------------------------------------------------
    @staticmethod
    def _added_tokens(tokens: list[dict]) -> tuple[re.Pattern | None, dict[str, int]]:
        ids = {}
        for token in tokens:
            if (
                token.get("normalized")
                or token.get("single_word")
                or token.get("lstrip")
                or token.get("rstrip")
            ):
                raise UnsupportedTokenizer(f"added token {token.get('content')!r} has matching options")
            ids[token["content"]] = token["id"]
        if not ids:
            return None, ids
        # leftmost match, the longest of those starting there (the library's LeftmostLongest)
        alternatives = sorted(ids, key=len, reverse=True)
        return re.compile("(" + "|".join(map(re.escape, alternatives)) + ")"), ids

    def _templates(self, post: dict | None) -> tuple[list, list]:
        """The single and pair templates as lists of ("A"/"B", type id) or (token id, type id)."""
        if isinstance(post, dict) and post.get("type") == "BertProcessing":
            cls, sep = post["cls"][1], post["sep"][1]
            return [(cls, 0), ("A", 0), (sep, 0)], [(cls, 0), ("A", 0), (sep, 0), ("B", 1), (sep, 1)]
        post = _expect(post, "TemplateProcessing", "the post-processor")
        specials = post.get("special_tokens", {})

        def parse(template: list[dict]) -> list:
            out = []
            for item in template:
                if "Sequence" in item:
                    out.append((item["Sequence"]["id"], item["Sequence"]["type_id"]))
                else:
                    token = specials[item["SpecialToken"]["id"]]
                    out.extend((i, item["SpecialToken"]["type_id"]) for i in token["ids"])
            return out

        return parse(post["single"]), parse(post["pair"])

    # --- one text --------------------------------------------------------------------------------
    def normalize(self, text: str) -> str:
        text = text.translate(self._clean)
        if text.isascii():
            return text.lower() if self.lowercase else text
        if self.strip_accents:
            text = unicodedata.normalize("NFD", text).translate(self._marks)
        if self.lowercase:
            # one character at a time, as the library does: Python's str.lower() alone would
            # give a final sigma at the end of a word
            text = text.replace("\u03a3", "\u03c3").lower()
        return text

    def words(self, text: str) -> list[str]:
        """The normalized, pre-tokenized words of a text without added tokens."""
        return [w for w in self.normalize(text).translate(self._split).split(" ") if w]

    def _word_ids(self, word: str) -> list[int]:
        ids = self._words.get(word)
        if ids is None:
            ids = self._wordpiece(word)
            if len(self._words) < 500_000:  # bounded: a linter may run over a whole archive
                self._words[word] = ids
        return ids

    def _wordpiece(self, word: str) -> list[int]:
        if len(word) > self.max_word_chars:
            return [self.unk_id]
        vocab, ids, start = self.vocab, [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                found = vocab.get(piece)
                if found is not None:
                    ids.append(found)
                    break
                end -= 1
            else:
                return [self.unk_id]
            start = end
        return ids

    def tokenize(self, text: str) -> list[int]:
        """The ids of one text, before the template."""
        if self._special_re is None or not self._special_re.search(text):
            parts = [text]
        else:
            parts = self._special_re.split(text)  # odd positions are the added tokens
        ids: list[int] = []
        for i, part in enumerate(parts):
            if i % 2:
                ids.append(self._special_ids[part])
                continue
            for word in self.words(part):
                ids.extend(self._word_ids(word))
        return ids

    # --- encodings -------------------------------------------------------------------------------
    def encode(
        self,
        text: str,
        pair: str | None = None,
        *,
        max_length: int | None = None,
        add_special_tokens: bool = True,
    ) -> tuple[list[int], list[int]]:
        """``(input_ids, token_type_ids)``; ``max_length``: truncation ``longest_first``."""
        a = self.tokenize(text)
        b = None if pair is None else self.tokenize(pair)
        template = (self.single if b is None else self.pair) if add_special_tokens else None
        if max_length is not None:
            added = sum(1 for part, _ in template if part not in ("A", "B")) if template else 0
            a, b = self._truncate(a, b, max_length - added)
        if template is None:
            return (a, [0] * len(a)) if b is None else (a + b, [0] * len(a) + [1] * len(b))
        ids: list[int] = []
        types: list[int] = []
        for part, type_id in template:
            seq = a if part == "A" else (b or []) if part == "B" else [part]
            ids.extend(seq)
            types.extend([type_id] * len(seq))
        return ids, types

    @staticmethod
    def _truncate(a: list[int], b: list[int] | None, budget: int) -> tuple[list[int], list[int] | None]:
        """The library's longest_first: the shorter side keeps its length when it fits in half
        the budget, else it gets half (rounded down; the first side on a tie in length) and the
        longer side the rest."""
        if budget < 0:
            raise ValueError("max_length is shorter than the special tokens the template adds")
        if b is None:
            return a[:budget], None
        if len(a) + len(b) <= budget:
            return a, b
        first_is_shorter = len(a) <= len(b)
        short = min(len(a), len(b), budget // 2)
        long = budget - short
        return (a[:short], b[:long]) if first_is_shorter else (a[:long], b[:short])
