"""Rule patterns are compiled when first needed: every one must still compile, and behave as
the regex it names."""

from __future__ import annotations

import re

import pytest

from bot.crisis.levels import Level
from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES
from bot.crisis.rule import RulePattern, RuleSet, rule

RULES = (*MAIN_RULES.rules, *CONTEXT_RULES.rules)


def test_every_rule_pattern_compiles():
    for each in RULES:
        compiled = each.pattern.compiled()
        assert compiled.pattern == each.pattern.pattern
        assert compiled.flags == each.pattern.flags, each.pattern.pattern[:60]


def test_a_bad_pattern_fails_when_compiled_not_silently():
    broken = RulePattern(r"(?P<core>unclosed")
    with pytest.raises(re.error):
        broken.compiled()


@pytest.mark.parametrize(
    ("text", "pos", "endpos"),
    [("i want to kill myself, kill myself", 0, 1000), ("kill myself now", 3, 9), ("", 0, 0)],
)
def test_a_rule_pattern_finds_what_its_regex_finds(text: str, pos: int, endpos: int):
    source = r"\b(?P<core>kill (?:myself|me))\b"
    lazy, eager = RulePattern(source), re.compile(source)
    assert [m.span() for m in lazy.finditer(text, pos, endpos)] == [
        m.span() for m in eager.finditer(text, pos, endpos)
    ]
    found, expected = lazy.search(text), eager.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)
    assert lazy.groupindex == eager.groupindex


def test_prepare_compiles_every_rule_of_the_set():
    rules = RuleSet((rule("a", Level.LOW, r"\bfirst one\b"), rule("b", Level.LOW, r"second")))
    assert all(each.pattern._compiled is None for each in rules.rules)
    rules.prepare()
    assert all(each.pattern._compiled is not None for each in rules.rules)
