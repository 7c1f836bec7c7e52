"""Whether a role a definite age tells its person by ("the 24-year-old striker") may be the role
of the story's one named person with an age ("Marta Osk, 25, scored twice"), though the named
sentence never gives that role: the role is a person's title the lexicon knows (a player's
position, an office), the named person opens the story (in its first sentences, or is named again
before the role), no other sentence of the story uses that role's word (another holder: "Kerrow
goalkeeper Pia Sorn" makes "the 24-year-old goalkeeper" someone else), and the named sentence
gives its person no other title ("Goalkeeper Marta Osk, 25," is not "the striker"); no sentence
from the one to the other tells a birthday ("She turned 25 on Tuesday").

``rules/fl401_restated_ages.py`` asks it for a definite age with a role after a named age.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_lexicon
from .text import figure_tokens

# words that tell a birthday, after which a person's age is another
_BIRTHDAY = frozenset({"turned", "turns", "birthday"})
_OPENING = 3  # the sentences a story's subject is named in, at the latest, unless named again


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The one-word titles of people the lexicon knows ("striker", "mayor", "captain")."""
    return frozenset(k[0] for k in load_lexicon().titles if len(k) == 1)


def subject_role(named: str, role: str, a_sentence: int, b_sentence: int, texts: list[str]) -> bool:
    """The role ``role`` of a definite age in sentence ``b_sentence`` may be the named person's
    (key ``named``) of the age in ``a_sentence``, as above."""
    titles = _titles()
    if role not in titles or b_sentence <= a_sentence:
        return False
    words = [{t.low for t in figure_tokens(text)} for text in texts]
    if a_sentence >= _OPENING and not any(named in words[k] for k in range(a_sentence + 1, b_sentence)):
        return False  # not the story's subject
    if any(_BIRTHDAY & words[k] for k in range(a_sentence, b_sentence + 1)):
        return False  # "She turned 25 on Tuesday": the age changed between
    if (titles & words[a_sentence]) - {role}:
        return False  # the named person is told by another title
    return not any({role, role + "s"} & w for k, w in enumerate(words) if k not in (a_sentence, b_sentence))
