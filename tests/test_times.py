"""Time expressions resolved the way news is written, against the publication date."""

from __future__ import annotations

import pytest

# 2023-09-17 is a Sunday.
CASES = [
    ("The president left the country on Sunday.", "Sunday", "2023-09-17"),
    ("The delegation arrived on Tuesday for talks.", "Tuesday", "2023-09-12"),
    ("Officials met on Wednesday to discuss the deal.", "Wednesday", "2023-09-13"),
    ("The minister will travel to Paris on Friday.", "Friday", "2023-09-22"),
    ("The talks will resume on Sunday.", "Sunday", "2023-09-17"),
    ("Troops withdrew last Sunday.", "last Sunday", "2023-09-10"),
    ("Negotiators met yesterday.", "yesterday", "2023-09-16"),
    ("The summit was held last week.", "last week", "2023-W36"),
    ("The elections will be held next month.", "next month", "2023-10"),
    ("The ceasefire collapsed in March.", "March", "2023-03"),
    ("The vote will take place in November.", "November", "2023-11"),
    ("The rebels attacked the town three days ago.", "three days ago", "2023-09-14"),
    ("Protests began on 5 June 2021 in the capital.", "5 June 2021", "2021-06-05"),
    ("The treaty was signed on March 3, 1999.", "March 3, 1999", "1999-03-03"),
    ("The visit lasted six days.", "six days", "P6D"),
    ("Fighting continued for 48 hours.", "48 hours", "PT48H"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), CASES)
def test_time_values(run, sentence, expression, value):
    times = run(sentence).times
    found = {t.text.lower().removeprefix("the "): t.value for t in times}
    assert found.get(expression.lower()) == value, times


def test_offsets_point_at_the_expression(run):
    text = "Kim arrived on Tuesday."
    t = run(text).times[0]
    assert text[t.start : t.end] == t.text


def test_relative_dates_need_a_publication_date(run):
    times = run("The minister resigned on Tuesday.", published=None).times
    assert times and times[0].value is None


def test_absolute_dates_do_not_depend_on_publication_date(run):
    assert run("The treaty was signed on March 3, 1999.", published=None).times[0].value == "1999-03-03"
