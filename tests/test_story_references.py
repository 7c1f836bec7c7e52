"""analysis/story_references: what a sentence refers to, and whether its story told it."""

from factlint.analysis.story_references import another_storys, references, told

STORY = [
    "Flood waters close main road through Darrowby",
    "Heavy rain flooded the main road through Darrowby, and drivers were told to avoid the valley.",
    "Engineers said the bridge at Coldwell would be inspected once the water had fallen.",
]


def test_references_are_definite_nouns_and_names():
    refs = references("Judge Orla Benning fined the haulage firm until the committee met in Tarnley.")
    assert refs == [["orla", "benning"], ["haulage", "firm"], ["committee"], ["tarnley"]]


def test_a_newcomers_own_name_is_no_reference():
    text = "Judge Orla Benning fined the haulage firm."
    assert references(text, skip=(0, 18)) == [["haulage", "firm"]]


def test_untold_references_are_another_storys():
    spliced = "Judge Orla Benning banned its drivers until the committee reviewed the Tarnley licence."
    found = told([*STORY, spliced], 3, skip=(0, 18))
    assert (found.told, found.untold, found.elsewhere) == (0, 2, True)
    own = "Judge Orla Benning ordered the valley shut to lorries for a month."
    assert not told([*STORY, own], 3, skip=(0, 18)).elsewhere


def test_a_word_of_the_storys_subject_keeps_it_the_storys():
    story = [
        "The bakery festival opened.",
        "Bakers sold loaves.",
        "The bakery band played.",
        "Bakery stalls shut.",
    ]
    text = "Judge Elspeth Marrow, who chaired the jury, handed the prize to a baker."
    assert not another_storys([*story, text], 4, ["baker"], skip=(0, 20))
