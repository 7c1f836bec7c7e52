"""How alike two texts are, as evidence beside the NLI model's score.

The cosine is that of the base MiniLM embeddings (``factlint.models.embed``) the candidate
selections already compute. Kept free of numpy and torch: rules import it at start-up.
"""

from __future__ import annotations

# The cosine of a typical related pair (median of FL101's candidate pairs on clean dev news:
# 0.54). Rules that weigh nearness (FL101, FL301) apply their threshold unchanged at it.
TYPICAL_SIMILARITY = 0.5


def weigh_by_similarity(score: float, similarity: float, weight: float) -> float:
    """``score`` raised by ``weight`` per unit of cosine above ``TYPICAL_SIMILARITY`` and lowered
    below it: what a rule compares with its threshold when nearness is evidence too."""
    return score + weight * (similarity - TYPICAL_SIMILARITY)
