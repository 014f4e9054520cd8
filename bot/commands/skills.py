"""/skills, /skill NAME and /learned: browsing the library and marking skills."""

from __future__ import annotations

from bot.diary.card import CardUpdate
from bot.diary.recording import record_card_update
from bot.messages import Button, Reply, button_rows
from bot.records.writer import RecordContext
from bot.skills import preferences
from bot.skills.catalog import FrameworkInfo, active_skills, find_skill, frameworks, search_skills
from bot.skills.offer import state_for_command, suggestion_replies
from bot.turn import Turn
from storage.models import Skill, UserSkill

EMPTY_LIBRARY = "The skills library is empty on this server; `sanctum db upgrade` loads it."
SKILLS_USAGE = (
    "/skills browses the library; /skills dbt a framework; /skills search WORDS searches "
    "names and text; /skills for panicked suggests skills for a feeling; /skills use dbt "
    "cbt chooses the frameworks I suggest from."
)


# -- /skills -----------------------------------------------------------------------------


def handle_skills(turn: Turn, args: str) -> list[Reply]:
    words = args.lower().split()
    known = frameworks(turn.db)
    if not known:
        return [Reply(text=EMPTY_LIBRARY)]
    by_id = {framework.id: framework for framework in known}
    if not words:
        return [_overview(turn, known)]
    if words[0] in by_id:
        return [_framework_view(turn, by_id[words[0]], words[1] if len(words) > 1 else None)]
    if words[0] == "for":
        state = state_for_command(words[1:])
        if state is None:
            return [Reply(text="Use e.g. /skills for panicked, or /skills for sad 8.")]
        return suggestion_replies(turn, state)
    if words[0] == "use":
        return _choose_frameworks(turn, words[1:], by_id)
    if words[0] == "help":
        return [Reply(text=SKILLS_USAGE)]
    query = " ".join(words[1:] if words[0] == "search" else words)
    return [_search(turn, query)]


def _overview(turn: Turn, known: list[FrameworkInfo]) -> Reply:
    enabled = preferences.enabled_frameworks(turn.db, turn.user_id)
    lines = ["The skills library, in our own words, with the source each one follows:"]
    for framework in known:
        mark = " (I suggest from it)" if framework.id in enabled else ""
        lines.append(f"• {framework.name}: {framework.skill_count} skills{mark}")
    lines.append("")
    lines.append(SKILLS_USAGE)
    options = [(f"{f.short_name} ({f.skill_count})", f"/skills {f.id}") for f in known]
    options.append(("My learned skills", "/learned"))
    return Reply(text="\n".join(lines), buttons=button_rows(options, 2))


def _framework_view(turn: Turn, framework: FrameworkInfo, category: str | None) -> Reply:
    categories = {c.id: c for c in framework.categories}
    if category is None and len(categories) > 1:
        options = [
            (f"{c.name} ({c.skill_count})", f"/skills {framework.id} {c.id}")
            for c in framework.categories
        ]
        options.append(("← All frameworks", "/skills"))
        return Reply(text=f"{framework.name}: pick a module.", buttons=button_rows(options, 1))
    chosen = categories.get(category or "") or framework.categories[0]
    if category is not None and category not in categories:
        return Reply(
            text=f"{framework.short_name} has no module '{category}'.",
            buttons=button_rows([(framework.short_name, f"/skills {framework.id}")]),
        )
    skills = [s for s in active_skills(turn.db, framework.id) if s.category == chosen.id]
    lines = [f"{framework.short_name} · {chosen.name}:"]
    lines.extend(f"• {skill.name}: {_first_sentence(skill.what)}" for skill in skills)
    options = [(skill.name, f"/skill {skill.id}") for skill in skills]
    back = (
        (f"← {framework.short_name}", f"/skills {framework.id}")
        if len(categories) > 1
        else ("← All frameworks", "/skills")
    )
    return Reply(text="\n".join(lines), buttons=(*button_rows(options, 2), (_button(*back),)))


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].rstrip(".")
    return sentence if len(sentence) <= 140 else sentence[:137] + "..."


def _button(label: str, data: str) -> Button:
    return Button(label=label, data=data)


def _search(turn: Turn, query: str) -> Reply:
    found = search_skills(turn.db, query)
    if not found:
        return Reply(
            text=f"No skill matches '{query[:40]}'. Try other words, or browse with /skills.",
            buttons=button_rows([("Browse", "/skills")]),
        )
    lines = [f"Skills matching '{query[:40]}':"]
    lines.extend(f"• {s.name} ({s.framework.upper()}, {s.category_name})" for s in found)
    return Reply(
        text="\n".join(lines),
        buttons=button_rows([(s.name, f"/skill {s.id}") for s in found], 2),
    )


def _choose_frameworks(
    turn: Turn, names: list[str], by_id: dict[str, FrameworkInfo]
) -> list[Reply]:
    wanted = [name.strip(",") for name in names if name.strip(",")]
    unknown = [name for name in wanted if name not in by_id]
    if not wanted or unknown:
        listed = ", ".join(by_id)
        return [Reply(text=f"Name frameworks from: {listed}. For example: /skills use dbt cbt")]
    preferences.set_frameworks(turn.db, turn.user_id, wanted)
    chosen = ", ".join(by_id[name].short_name for name in wanted)
    return [Reply(text=f"I'll suggest skills from: {chosen}.")]


# -- /skill NAME -------------------------------------------------------------------------

_ACTIONS = ("learned", "learnt", "learn", "unlearn", "avoid", "unavoid", "used")


def _split_action(words: list[str]) -> tuple[list[str], str | None, int | None]:
    if len(words) >= 2 and words[-2] == "rate":
        value = int(words[-1]) if words[-1].isdigit() else -1
        return words[:-2], "rate", value
    if words and words[-1] in _ACTIONS:
        return words[:-1], words[-1], None
    return words, None, None


def handle_skill(turn: Turn, args: str) -> list[Reply]:
    words = args.lower().split()
    if not words:
        return [Reply(text="Name a skill, e.g. /skill TIPP. /skills lists them all.")]
    name_words, action, value = _split_action(words)
    name = " ".join(name_words)
    skill = find_skill(turn.db, name)
    if skill is None:
        found = search_skills(turn.db, name, limit=6)
        if len(found) == 1:
            skill = found[0]
        elif found:
            return [
                Reply(
                    text=f"Which one did you mean by '{name[:40]}'?",
                    buttons=button_rows([(s.name, f"/skill {s.id}") for s in found], 2),
                )
            ]
        else:
            return [
                Reply(
                    text=f"I don't know a skill called '{name[:40]}'. /skills lists them all, "
                    "or try /skills search WORDS."
                )
            ]
    if action is None:
        return [_show(turn, skill)]
    return [_act(turn, skill, action, value)]


def _act(turn: Turn, skill: Skill, action: str, value: int | None) -> Reply:
    db, user_id, now = turn.db, turn.user_id, turn.now
    if action == "rate":
        if value is None or not 1 <= value <= 5:
            return Reply(
                text="Rate from 1 (not helpful) to 5 (very helpful), e.g. /skill tipp rate 4"
            )
        preferences.rate(db, user_id, skill.id, now, value)
        note = f"Rated {skill.name} {value}/5 ({preferences.RATING_WORDS[value]})."
        if value >= 4:
            note += " I'll suggest it sooner."
        elif value <= 2:
            note += " I'll suggest it less."
        return _show(turn, skill, note)
    if action in ("learned", "learnt", "learn"):
        preferences.set_learned(db, user_id, skill.id, now, True)
        return _show(turn, skill, f"Marked {skill.name} as learned. /learned lists yours.")
    if action == "unlearn":
        preferences.set_learned(db, user_id, skill.id, now, False)
        return _show(turn, skill, f"{skill.name} is no longer marked as learned.")
    if action == "avoid":
        preferences.set_avoided(db, user_id, skill.id, now, True)
        return _show(turn, skill, f"I won't suggest {skill.name} again.")
    if action == "unavoid":
        preferences.set_avoided(db, user_id, skill.id, now, False)
        return _show(turn, skill, f"{skill.name} can be suggested again.")
    context = RecordContext(
        db=db, user_id=user_id, message_id=turn.message_id, at=now, local_date=turn.local_now.date()
    )
    record_card_update(context, CardUpdate(skills=(skill.id,)))
    return _show(turn, skill, f"Added {skill.name} to today's diary card. /undo takes it back.")


def _show(turn: Turn, skill: Skill, note: str = "") -> Reply:
    mark = preferences.marks(turn.db, turn.user_id).get(skill.id)
    lines = [note, ""] if note else []
    lines.append(f"{skill.name} · {skill.framework.upper()} · {skill.category_name}")
    lines.append(f"\nWhat it is: {skill.what}")
    lines.append(f"\nWhen to use it: {skill.when_to_use}")
    lines.append("\nSteps:")
    lines.extend(f"{number}. {step}" for number, step in enumerate(skill.steps, start=1))
    if skill.caution:
        lines.append(f"\nCaution: {skill.caution}")
    source = skill.source or {}
    reference = source.get("reference", "")
    url = f" {source['url']}" if source.get("url") else ""
    lines.append(f"\nSource: {reference}{url}")
    status = _status(mark)
    if status:
        lines.append(f"\nYou: {status}")
    return Reply(text="\n".join(lines), buttons=_skill_buttons(skill, mark))


def _status(mark: UserSkill | None) -> str:
    if mark is None:
        return ""
    parts = []
    if mark.learned_at:
        parts.append("learned")
    if mark.rating:
        parts.append(f"rated {mark.rating}/5")
    if mark.avoid:
        parts.append("not suggested")
    return ", ".join(parts)


def _skill_buttons(skill: Skill, mark: UserSkill | None) -> tuple[tuple[Button, ...], ...]:
    learned = bool(mark and mark.learned_at)
    avoided = bool(mark and mark.avoid)
    rating = mark.rating if mark else None
    rate_row = tuple(
        _button(f"{n}/5" + (" ✓" if rating == n else ""), f"/skill {skill.id} rate {n}")
        for n in range(1, 6)
    )
    return (
        (
            _button(
                "Learned ✓ (undo)" if learned else "Mark learned",
                f"/skill {skill.id} {'unlearn' if learned else 'learned'}",
            ),
            _button("Used it today", f"/skill {skill.id} used"),
        ),
        rate_row,
        (
            _button(
                "Suggest again" if avoided else "Don't suggest",
                f"/skill {skill.id} {'unavoid' if avoided else 'avoid'}",
            ),
            _button("← Back", f"/skills {skill.framework} {skill.category}"),
        ),
    )


# -- /learned ----------------------------------------------------------------------------


def handle_learned(turn: Turn, args: str) -> list[Reply]:
    learned = preferences.learned_skills(turn.db, turn.user_id)
    if not learned:
        return [
            Reply(
                text="You haven't marked any skill as learned yet. Open one with /skill NAME "
                "(or browse /skills) and tap Mark learned.",
                buttons=button_rows([("Browse skills", "/skills")]),
            )
        ]
    lines = [f"Skills you've learned ({len(learned)}):"]
    for skill, mark in learned:
        rating = f", rated {mark.rating}/5" if mark.rating else ""
        lines.append(f"• {skill.name} ({skill.framework.upper()}{rating})")
    return [
        Reply(
            text="\n".join(lines),
            buttons=button_rows([(skill.name, f"/skill {skill.id}") for skill, _ in learned], 2),
        )
    ]
