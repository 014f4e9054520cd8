"""Rules made one per alternative, so that two signs of one kind are both seen."""

from __future__ import annotations

from bot.crisis.detector import assess_text
from bot.crisis.levels import Level
from bot.crisis.rule import Check, each_alone, top_level_alternatives


def test_alternatives_are_split_at_the_top_level_only() -> None:
    assert top_level_alternatives(r"a|(b|c)|[|]d|e\|f") == ["a", "(b|c)", "[|]d", r"e\|f"]


def test_each_alternative_is_a_rule_with_its_own_core() -> None:
    rules = each_alone(
        "plan", Level.HIGH, r"(?P<core>x) y|z (?P<core>w)", Check.NEGATION, soon=Level.IMMINENT
    )
    assert [rule.pattern.pattern for rule in rules] == ["(?P<core>x) y", "z (?P<core>w)"]
    assert all(
        rule.checks == Check.NEGATION and rule.soon_level == Level.IMMINENT for rule in rules
    )


def test_two_signs_of_one_kind_add_up_and_one_alone_does_not() -> None:
    assert assess_text("walked down to the train tracks behind the house").level == "none"
    both = "walked down to the train tracks and timed when the freight comes through"
    assert assess_text(both).level == "high"
