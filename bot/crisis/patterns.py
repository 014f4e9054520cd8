"""All crisis rules, as the detector runs them.

Rules are grouped by theme in the ``rules_*`` modules and built from the fragments of
``phrases``. A named group ``core`` in a pattern marks the words the checks of ``rule.Check``
look in front of: a denial or another person named before the core ("my friend wants to
die") cancels the match, while the words of the pattern itself ("don't want to live") are
part of what it recognises. Every pattern runs on both views of a message (``normalize``).
"""

from __future__ import annotations

from bot.crisis.context import TIME_WORDS_ABROAD
from bot.crisis.phrases_other_languages import WORDS_READ_ABROAD
from bot.crisis.rules_arrangements import ARRANGEMENT_RULES, ARRANGEMENT_SIGNS
from bot.crisis.rules_context import CONTEXT_RULES as VAGUE_WORD_RULES
from bot.crisis.rules_conversation import CONVERSATION_RULES
from bot.crisis.rules_other_languages import OTHER_LANGUAGE_RULES
from bot.crisis.rules_plans import MEANS_RULES, OVERDOSE_RULES, PLAN_RULES, SAFETY_RULES
from bot.crisis.rules_self_harm import SELF_HARM_RULES
from bot.crisis.rules_suicide import IMAGERY_RULES, PASSIVE_RULES, SUICIDE_RULES

MAIN_RULES = (
    SUICIDE_RULES
    + PASSIVE_RULES
    + IMAGERY_RULES
    + PLAN_RULES
    + SAFETY_RULES
    + MEANS_RULES
    + OVERDOSE_RULES
    + SELF_HARM_RULES
    + CONVERSATION_RULES
    + OTHER_LANGUAGE_RULES
    + ARRANGEMENT_RULES
)
CONTEXT_RULES = VAGUE_WORD_RULES + ARRANGEMENT_SIGNS

# The text of every pattern, for the vocabulary that undoes stretched spellings ("diiiie").
# The other languages' time words and innocent words count too: the spelling correction must
# leave them alone.
ALL_PATTERN_SOURCES: tuple[str, ...] = (
    *(rule.pattern.pattern for rule in (MAIN_RULES + CONTEXT_RULES).rules),
    *TIME_WORDS_ABROAD,
    *WORDS_READ_ABROAD,
)
