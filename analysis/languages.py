"""Which language an article is in, by its commonest short words (``data/function_words.yaml``):
what reads words of one language (English lemmas, other languages' titles) asks this first."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from factlint.analysis.text import WORD

_SAMPLE = 3000  # characters read to tell the language: the opening says it
_LEAST = 3  # function words of the language at least
_SHORT = 60  # words: a text this short (a pair of sentences) needs only _LEAST_SHORT of them
_LEAST_SHORT = 2
_AHEAD = 1.5  # and this many times English's, for another language (English is the default)


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    import yaml

    raw = yaml.load(
        (Path(__file__).resolve().parent / "data" / "function_words.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    return {k: frozenset(v) for k, v in raw["function_words"].items()}


@lru_cache(maxsize=1)
def any_function_words() -> frozenset[str]:
    """The function words of every language the data knows, as one set (no content word of any)."""
    return frozenset().union(*function_words().values())


@lru_cache(maxsize=8)  # (several analyses ask of one document: its text is hashed once)
def article_language(text: str) -> str | None:
    """The language of ``text`` among the data's ("en", "es", ...); None for a text with too few
    of any (or in a language the data does not list)."""
    words = Counter(WORD.findall(text[:_SAMPLE].lower()))  # (each word counted once, then looked up)
    counts = {lang: sum(words[w] for w in fw & words.keys()) for lang, fw in function_words().items()}
    best = max(counts, key=lambda lang: counts[lang])
    least = _LEAST if sum(words.values()) >= _SHORT else _LEAST_SHORT
    if counts[best] < least or best != "en" and counts[best] < _AHEAD * counts["en"]:
        return None
    return best
