"""phrase_trie: the quick "can this text hold one of these words?" scans that let FL003, FL401 and
the stance analysis skip their case-insensitive patterns must find a word wherever the plain
alternation does (else a finding would be lost), on the rules' real word lists."""

import re

from factlint.analysis.stance import _some_cue, _words, cues
from factlint.analysis.text import PhraseSet, phrase_trie
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


def test_phrase_set_finds_what_the_trie_finds():
    """The Aho-Corasick form answers as the trie's regex does, whitespace runs and case included."""
    lists = _lists()
    texts = SENTENCES + [
        "the two sides\nsigned a pact",
        "a  bitter rivalry",
        "a\tbitter\u00a0rivalry",
        "Ex\u00adperts",
        "experts  say",
        "  many analysts  ",
        "\u0130stanbul analysts",
    ]
    word_lists = [[w.lower() for w in words] for words in lists.values()]
    word_lists += [["a b"], ["a"], ["ab", "b c d"], ["x"]]
    for words in word_lists:
        trie = re.compile(phrase_trie(words))
        found = PhraseSet(words)
        assert found.pattern is None, words  # (these all suit the one pass)
        for text in texts + [" ".join(words[:3]), words[-1], words[-1].upper()]:
            for t in (text, text.lower()):
                assert bool(found.search(t)) == bool(trie.search(t)), (words[:3], t)
                assert (found.search(t) is None) == (trie.search(t) is None), (words[:3], t)


def test_phrase_set_leaves_odd_words_to_the_regex():
    assert PhraseSet([]).search("anything") is not None  # the empty alternation matches anywhere
    assert PhraseSet(["a  b"]).pattern is not None and PhraseSet(["a  b"]).search("a b") is None
    assert PhraseSet(["a\tb"]).search("a\tb") is not None and PhraseSet([" a"]).pattern is not None
