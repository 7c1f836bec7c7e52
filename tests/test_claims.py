"""Which sentences are checkable claims (``factlint.analysis.claims``): no model needed."""

from __future__ import annotations

import pytest

from factlint.analysis.claims import classify, split_claims
from factlint.linter.loader import parse_text

CLAIMS = [
    "The council approved the budget on Tuesday by seven votes to two.",
    "Shares in the bank rose 5% on Tuesday.",
    "Putin said the talks were productive.",
    # attitude adverbs do not hide the fact
    "Sadly, three people died in the fire.",
    "Unfortunately, the bridge will stay closed until May.",
    # a bare "must"/"should" can be a rule or a forecast a source states
    "Drivers must pay a £10 fee from Monday.",
    "The bridge should reopen in May, the council said.",
    # opinion words inside reported speech: what somebody said is a fact
    '"We believe this deal is good for both countries," the minister said.',
    "The minister said we must act now on climate change.",
    # short but with a number: checkable
    "Turnout was 62%.",
    # lower-cased summary text (XSum style) is still a claim
    "aberdeen have appointed arbroath boss paul sheerin as their new manager.",
]

SKIPPED = [
    ("By Jane Smith", "short"),
    ("Read more:", "short"),
    ("Photo: AP", "short"),
    ("What happens next for the peace talks?", "question"),
    ('Will the deal survive the winter?"', "question"),
    ("Sign up for our morning newsletter today.", "call-to-action"),
    ("Click here to watch the full interview.", "call-to-action"),
    ("Follow us on Twitter for live updates.", "call-to-action"),
    ("I think the minister got this one badly wrong.", "opinion"),
    ("In my view, the council has failed its residents.", "opinion"),
    ("This is arguably the worst budget in a decade.", "opinion"),
    ("What a remarkable turnaround for the club!", "opinion"),
    ("We must all do better on recycling.", "opinion"),
    ("But that was not all.", "transition"),
    ("Then things got even worse.", "transition"),
    ("Here is what we know so far about the crash.", "transition"),
    ("More on that below, after the break.", "transition"),
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claim(text):
    assert classify(text) is None


@pytest.mark.parametrize("text, reason", SKIPPED)
def test_skipped(text, reason):
    assert classify(text) == reason


def test_split_claims_marks_headings_and_keeps_order():
    doc = parse_text(
        "# Council approves budget after long debate\n\n"
        "The council approved the budget on Tuesday. But that was not all.\n\n"
        "## What comes next?\n\n"
        "The mayor will present the plan to residents in March.\n",
        "markdown",
    )
    found, skipped = split_claims(doc)
    assert [c.text for c in found] == [
        "Council approves budget after long debate",
        "The council approved the budget on Tuesday.",
        "The mayor will present the plan to residents in March.",
    ]
    assert [c.heading for c in found] == [True, False, False]
    assert {doc.sentences[s.sentence].text: s.reason for s in skipped} == {
        "But that was not all.": "transition",
        "What comes next?": "question",
    }
    # every sentence is either a claim or skipped, exactly once
    assert sorted([c.sentence for c in found] + [s.sentence for s in skipped]) == list(
        range(len(doc.sentences))
    )
