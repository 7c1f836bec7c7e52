"""Page furniture inside an HTML news page (figures, captions, asides, ad / related / newsletter /
share containers) is not story text: the loader leaves it out, so FL002 and the other rules never
see it, while story paragraphs with look-alike class names stay."""

from __future__ import annotations

from factlint.linter.engine import lint_text
from factlint.linter.loader import load_document

PAGE = """<html><head><title>Storm closes port</title></head><body>
<nav>Home | World | Sport</nav>
<article>
<h1>Storm closes port</h1>
<p>The port was closed on Monday after waves damaged the harbour wall, the harbour master said.</p>
<figure><img src="a.jpg" alt="waves"><figcaption>Waves hit the wall. Photograph: Jane Doe/Agency</figcaption></figure>
<aside class="related"><h3>Read more</h3><ul><li><a href="/x">Earlier storm damage</a></li></ul></aside>
<div class="ad-slot"><div><p>Advertisement</p></div><p>Advertisement</p></div>
<div class="newsletter-signup"><p>Sign up for our newsletter to get the morning briefing.</p></div>
<ul class="article-share tools"><li>Facebook</li><li>Twitter</li></ul>
<div role="complementary"><p>Most read stories today.</p></div>
<div id="taboola-below-article"><p>You may also like: ten storms that shaped the coast</p></div>
<div class="shadow-box header-text"><p>Repairs will take at least a month, the council said.</p></div>
<div class="article-body"><p>Ferries were diverted to a neighbouring port.</p></div>
</article></body></html>
"""


def _sentences(html: str) -> list[str]:
    return [s.text for s in load_document(None, data=html.encode(), display_path="page.html").sentences]


def test_furniture_inside_article_is_not_prose():
    texts = _sentences(PAGE)
    assert texts == [
        "Storm closes port",
        "The port was closed on Monday after waves damaged the harbour wall, the harbour master said.",
        "Repairs will take at least a month, the council said.",
        "Ferries were diverted to a neighbouring port.",
    ]


def test_furniture_draws_no_leftover_findings():
    findings = lint_text(PAGE, display_path="page.html", select=["FL001", "FL002", "FL003", "FL004"])
    assert findings == []


def test_same_leftover_in_story_paragraphs_is_still_found():
    # the same words outside furniture containers are the rule's business, not the loader's
    page = PAGE.replace(
        '<div class="ad-slot"><div><p>Advertisement</p></div><p>Advertisement</p></div>',
        "<p>Advertisement</p>",
    )
    findings = lint_text(page, display_path="page.html", select=["FL002"])
    assert [f.rule_id for f in findings] == ["FL002"]
    assert "Advertisement" in findings[0].message


def test_nested_same_tag_ends_the_furniture_at_its_own_close():
    page = (
        '<article><div class="promo"><div><p>Subscribe today.</p></div><p>Still promo.</p></div>'
        "<p>The bridge reopened on Friday.</p></article>"
    )
    assert _sentences(page) == ["The bridge reopened on Friday."]


def test_without_article_element_furniture_is_skipped_too():
    page = (
        "<body><p>The bridge reopened on Friday.</p>"
        "<figure><figcaption>The bridge at dawn.</figcaption></figure></body>"
    )
    assert _sentences(page) == ["The bridge reopened on Friday."]


def test_hidden_elements_are_not_prose():
    page = (
        "<article><p>The bridge reopened on Friday.</p><div hidden><p>Loading comments.</p></div>"
        '<span aria-hidden="true">Share this story</span><p aria-hidden="false">Tolls stay the same.</p></article>'
    )
    assert _sentences(page) == ["The bridge reopened on Friday.", "Tolls stay the same."]


def test_inline_furniture_keeps_its_paragraph_whole():
    page = (
        '<article><p>The bridge reopened on Friday <span class="photo-credit">(A. Name/Agency)</span>'
        " after two years of repairs.</p></article>"
    )
    texts = [" ".join(t.split()) for t in _sentences(page)]  # the credit's place leaves two spaces
    assert texts == ["The bridge reopened on Friday after two years of repairs."]


def test_footers_are_not_prose_with_or_without_an_article_element():
    body = (
        "<h1>Library reopens</h1><p>The central library reopened on Monday after a year of repairs.</p>"
        "<footer><p>© 2026 City News. All rights reserved.</p><p>Cookie settings</p></footer>"
    )
    for page in (f"<html><body>{body}</body></html>", f"<html><body><article>{body}</article></body></html>"):
        assert _sentences(page) == [
            "Library reopens",
            "The central library reopened on Monday after a year of repairs.",
        ]
        assert not lint_text(page, "page.html", select=["FL002"])


def test_embedded_posts_and_author_box_are_not_prose():
    page = (
        "<article><h1>Bridge reopens</h1>"
        "<p>The bridge reopened to traffic on Friday after a year of repairs, the council said.</p>"
        '<blockquote class="twitter-tweet"><p>Great to see the bridge open again! pic.twitter.com/x</p>'
        "&mdash; City Council (@citycouncil)</blockquote>"
        '<div class="social-embed"><p>Allow Instagram content?</p></div>'
        "<p>Buses will use the bridge from Monday.</p>"
        '<div class="author-bio"><p>Sam Lee is a reporter covering transport.</p></div>'
        "</article>"
    )
    assert _sentences(page) == [
        "Bridge reopens",
        "The bridge reopened to traffic on Friday after a year of repairs, the council said.",
        "Buses will use the bridge from Monday.",
    ]
    assert lint_text(page, display_path="page.html", select=["FL002", "FL004"]) == []


def test_story_classes_that_merely_contain_the_words_stay():
    # "embedded" and "biography" are not the furniture names "embed" and "bio"
    page = (
        '<article><h1>Reporter honoured</h1><div class="embedded-story"><p>The reporter was '
        'honoured on Friday, the society said.</p></div><div class="biography-text"><p>She joined '
        "the paper in 1998.</p></div></article>"
    )
    assert _sentences(page) == [
        "Reporter honoured",
        "The reporter was honoured on Friday, the society said.",
        "She joined the paper in 1998.",
    ]


def test_sidebar_lists_and_embedded_facebook_posts_are_not_prose():
    # a new user's audit: a page without <article> kept its sidebar's "Most popular" titles, and
    # the story paragraph after them was taken for one more link; a Facebook post was story text
    page = (
        "<body><main><h1>Ferry runs aground off Skye</h1>"
        "<p>A ferry ran aground off Skye on Monday, the coastguard said.</p>"
        '<div class="sidebar"><h3>Most popular</h3><ol><li>Man jailed for cat theft</li>'
        "<li>Storm warning for weekend</li></ol></div>"
        "<p>The vessel was refloated at high tide and towed to Uig.</p>"
        '<div class="fb-post"><blockquote>Our crews are out across the island tonight.</blockquote></div>'
        '<div class="author-card">Jane Example is our Highlands correspondent.</div>'
        "</main></body>"
    )
    assert _sentences(page) == [
        "Ferry runs aground off Skye",
        "A ferry ran aground off Skye on Monday, the coastguard said.",
        "The vessel was refloated at high tide and towed to Uig.",
    ]
    assert lint_text(page, display_path="page.html", select=["FL002"]) == []


def test_a_component_named_by_a_data_attribute_is_furniture():
    # front-end frameworks name their boxes in data attributes, not classes
    page = (
        "<body><article><h1>Bridge reopens</h1>"
        "<p>The bridge reopened on Tuesday after three months of repairs, the council said.</p>"
        '<div data-component="related-links"><ul><li><a href="/a">Bridge closed for repairs</a></li>'
        '<li><a href="/b">Council sets repair budget</a></li></ul></div>'
        '<div data-testid="newsletter-promo"><p>Get our evening briefing by email.</p></div>'
        '<div data-component="text-block"><p>Buses will use the bridge again from Monday.</p></div>'
        "</article></body>"
    )
    assert _sentences(page) == [
        "Bridge reopens",
        "The bridge reopened on Tuesday after three months of repairs, the council said.",
        "Buses will use the bridge again from Monday.",
    ]


# An article header's publication time standing alone ("<header><h1>..</h1><time>..</time>") is
# the CMS's metadata, not a line of the story; a <time> in a sentence and a live page's clock
# stamp stay.
STAMPED = """<html><head><title>Pier fees to rise | Coast Gazette</title></head><body>
<article>
<header><h1>Pier fees to rise</h1>
<div class="entry-meta"><span class="posted-on"><time datetime="2024-03-02">2 March 2024</time></span></div></header>
<p>Mooring fees at Ardwell pier will rise by a tenth from April, the harbour board said.</p>
<div><time datetime="2024-03-04"/></div>
<div><time datetime="2024-03-05">Tuesday</time>, the board voted six to one for the rise.</div>
<div class="entry"><time>10.42am</time><p>Boat owners met at the club house.</p></div>
</article></body></html>
"""


def test_a_time_standing_alone_in_the_header_is_not_prose():
    assert _sentences(STAMPED) == [
        "Pier fees to rise",
        "Mooring fees at Ardwell pier will rise by a tenth from April, the harbour board said.",
        "Tuesday, the board voted six to one for the rise.",
        "10.42am",
        "Boat owners met at the club house.",
    ]
    assert lint_text(STAMPED, display_path="page.html", select=["FL002"]) == []


# An article header's meta line: a section label or byline, then the date, in one block that is
# no paragraph (h-fa9). The label goes with the date; a sentence before a <time> stays.
META_LINE = """<html><body><article>
<header>
<h1>Ferry timetable cut</h1>
<div class="meta"><span class="section">Local</span> <time datetime="2024-05-02">May 2, 2024</time></div>
</header>
<p>The island ferry will sail twice a day from June, the operator said.</p>
<div>The ferry sailed late <time datetime="2024-05-01">on Wednesday</time></div>
</article></body></html>
"""


def test_a_label_and_date_on_a_header_meta_line_are_not_prose():
    assert _sentences(META_LINE) == [
        "Ferry timetable cut",
        "The island ferry will sail twice a day from June, the operator said.",
        "The ferry sailed late on Wednesday",
    ]
