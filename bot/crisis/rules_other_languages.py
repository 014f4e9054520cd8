"""Crisis rules for messages written wholly or partly in another language.

Spanish, French, Italian, Portuguese, German and romanised Hindi/Urdu (a few Dutch and Polish
words too), built from ``phrases_other_languages``. The English checks of ``rule.Check`` read
English words, so these rules use none of them: each pattern carries its own guard against a
denial or someone else just before it (``ABOUT_THE_WRITER``). Each phenomenon sits at the
level its English equivalent gets.
"""

from __future__ import annotations

from bot.crisis.phrases import HIGH, IMMINENT, LOW, MODERATE, OVERDOSE_TIMING
from bot.crisis.phrases_other_languages import (
    ABOUT_THE_WRITER,
    AS_PRESCRIBED_ABROAD,
    NOT_AN_IDIOM_ABROAD,
    NOT_FOR_A_WHILE,
    ORDINARY_FAREWELLS,
    OTHER_LANGUAGE_BURDEN,
    OTHER_LANGUAGE_GOODBYE,
    OTHER_LANGUAGE_INTENT,
    OTHER_LANGUAGE_MEANS_AND_INTENT,
    OTHER_LANGUAGE_MEANS_READY,
    OTHER_LANGUAGE_NO_WISH_TO_LIVE,
    OTHER_LANGUAGE_NOTE,
    OTHER_LANGUAGE_OVERDOSE,
    OTHER_LANGUAGE_SELF_HARM,
    OTHER_LANGUAGE_SELF_HARM_URGE,
    OTHER_LANGUAGE_THOUGHTS,
    OTHER_LANGUAGE_TIRED_OF_LIFE,
    OTHER_LANGUAGE_WISHES,
    ROUTINE_ABROAD,
)
from bot.crisis.rule import Check, RuleSet, rule


def _writer_says(phrases: str) -> str:
    """The phrases as whole words, not denied and not about someone else.

    The phrases are looked for first: the guard's many look-behinds, tried at every word of
    every message, cost more than the whole English rule set."""
    return rf"\b(?=(?:{phrases})\b){ABOUT_THE_WRITER}(?:{phrases})\b"


OTHER_LANGUAGE_RULES = RuleSet(
    (
        rule(
            # "quiero morirme", "voglio farla finita", "mann karta hai sab khatam kar doon"
            "active_ideation",
            MODERATE,
            _writer_says(OTHER_LANGUAGE_WISHES) + NOT_AN_IDIOM_ABROAD,
            Check.NONE,
            soon=HIGH,
        ),
        rule(
            # "voy a acabar con todo", "je vais me suicider", "khud ko khatam kar dunga"
            "suicidal_intent",
            HIGH,
            _writer_says(OTHER_LANGUAGE_INTENT),
            Check.NONE,
            soon=IMMINENT,
        ),
        rule(
            "suicidal_thoughts",
            MODERATE,
            # Not someone else's: "el suicidio de mi personaje", "au suicide de mon oncle".
            _writer_says(OTHER_LANGUAGE_THOUGHTS)
            + r"(?! (?:de|del|d'|du|des|von|vom|der|di|do|da)\b)",
            Check.NONE,
        ),
        rule(
            "self_harm_act",
            MODERATE,
            _writer_says(OTHER_LANGUAGE_SELF_HARM),
            Check.NONE,
        ),
        rule(
            # "j'ai envie de me faire du mal", "ich will mir wehtun", "khud ko hurt karna chahti"
            "self_harm_urge",
            MODERATE,
            _writer_says(OTHER_LANGUAGE_SELF_HARM_URGE),
            Check.NONE,
        ),
        rule(
            "passive_wish",
            LOW,
            _writer_says(OTHER_LANGUAGE_BURDEN),
            Check.NONE,
        ),
        rule(
            # "no quiero seguir viviendo", "jeena nahi chahta"
            "passive_wish",
            LOW,
            _writer_says(OTHER_LANGUAGE_NO_WISH_TO_LIVE),
            Check.NONE,
        ),
        rule(
            # "estoy cansado de vivir", "j'en ai marre de vivre", "zindagi se thak gayi hoon"
            "hopelessness",
            LOW,
            _writer_says(OTHER_LANGUAGE_TIRED_OF_LIFE),
            Check.NONE,
        ),
        rule(
            # "tengo la cuerda y voy a hacerlo"
            "plan",
            HIGH,
            rf"\b{ABOUT_THE_WRITER}(?:{OTHER_LANGUAGE_MEANS_AND_INTENT})",
            Check.NONE,
        ),
        rule(
            # "tengo las pastillas listas", "ho le pillole pronte", "der strick ist bereit"
            "means_at_hand",
            IMMINENT,
            _writer_says(OTHER_LANGUAGE_MEANS_READY),
            Check.NONE,
            unless=ROUTINE_ABROAD,
        ),
        rule(
            # "escribí mi carta de despedida", "ich habe meinen abschiedsbrief geschrieben"
            "suicide_note",
            HIGH,
            _writer_says(OTHER_LANGUAGE_NOTE),
            Check.NONE,
            unless=ORDINARY_FAREWELLS,
        ),
        rule(
            # "adiós para siempre", "c'est mon dernier message"
            "goodbye_message",
            HIGH,
            _writer_says(OTHER_LANGUAGE_GOODBYE) + NOT_FOR_A_WHILE,
            Check.NONE,
            unless=ORDINARY_FAREWELLS,
        ),
        rule(
            # "me tomé todas las pastillas", "ho preso tutta la scatola"
            "overdose",
            IMMINENT,
            _writer_says(OTHER_LANGUAGE_OVERDOSE),
            Check.NONE,
            timing=OVERDOSE_TIMING,
            unless=AS_PRESCRIBED_ABROAD,
        ),
    )
)
