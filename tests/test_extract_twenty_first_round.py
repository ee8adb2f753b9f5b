"""`accord extract`, the twenty-first round (issue 20): titles of what a speaker is reported to have said. Sentences of
no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_with_titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("He said sustained efforts will be made to modernise the Dostyk border crossing.",
     "Sustained efforts to be made to modernise the Dostyk border crossing"),  # was "He said sustained efforts …"
    ("The joint communiqué said a working group would be set up to coordinate the drills.",
     "Working group to be set up to coordinate the drills"),  # was "Joint communiqué said a working group …"
    ("She added that the Chinese side would provide training for two hundred Kazakh engineers.",
     "Provide training for two hundred Kazakh engineers"),
])
def test_a_title_leaves_out_the_speaker_and_the_verb_of_saying(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]
