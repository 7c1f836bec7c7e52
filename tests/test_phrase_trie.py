"""phrase_trie: the quick "can this text hold one of these words?" scans that let FL003, FL401 and
the stance analysis skip their case-insensitive patterns must find a word wherever the plain
alternation does (else a finding would be lost), on the rules' real word lists."""

import re

from factlint.analysis.stance import _some_cue, _words, cues
from factlint.analysis.text import phrase_trie
from factlint.rules.fl003_vague_attribution import _patterns, builtin_lists

SENTENCES = [
    "Many analysts think the deal will fail.",
    "MANY   ANALYSTS said nothing of the kind.",
    "Experts say the bridge was unsafe, the ministry said.",
    "It is believed that the fire started in the kitchen.",
    "Studies show that coffee is good for you.",
    "The two countries signed a pact with each other on Monday.",
    "Germany sided with France against the proposal.",
    "Relations between Ankara and Athens have soured.",
    "The mayor opened the new library on Tuesday.",
    "A rivalry between the two clubs goes back decades.",
    "",
]


def _lists():
    data = builtin_lists()
    return {key: [" ".join(w.split()) for w in data[key] if w.strip()] for key in ("crowds", "phrases")}


def test_trie_finds_what_the_alternation_finds():
    for words in _lists().values():
        plain = re.compile("|".join(r"\s+".join(map(re.escape, w.split())) for w in words), re.I)
        trie = re.compile(phrase_trie(w.lower() for w in words))
        for text in SENTENCES + [" ".join(words[:3]), words[-1].upper()]:
            assert bool(trie.search(text.lower())) == bool(plain.search(text)), text


def test_the_scans_are_necessary_conditions_of_the_patterns():
    p = _patterns((), ())
    for text in SENTENCES:
        low = text.lower()
        if p.crowd.search(text):
            assert p.crowd_words.search(low), text
        if p.phrase.search(text):
            assert p.phrase_words.search(low), text
        if _some_cue().search(text):
            assert cues().any_phrase.search(low), text
    assert p.crowd.search(SENTENCES[0]) and p.phrase.search(SENTENCES[4])  # the cases above ran
    assert _some_cue().search(SENTENCES[6])


def test_no_words_match_anywhere_like_an_empty_alternation():
    assert phrase_trie([]) == ""
    assert re.compile(phrase_trie(["a b", "a"])).search("x a") and _words(["a b"]) == r"a\s+b"
