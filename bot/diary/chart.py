"""The week's diary card as a PNG table: the familiar grid, rows of items, one column per day.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no display, no global
state), so it is safe in a server and in threads.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from bot.diary.card import NOT_APPLICABLE, DiaryCard
from bot.diary.week import DiaryWeek

MISSING = "–"
ACTED = "*"
_PLEASE_ROWS = (
    ("took_meds", "Meds taken"),
    ("sleep_hours", "Sleep (h)"),
    ("ate_balanced", "Ate balanced"),
    ("exercise_minutes", "Exercise (min)"),
    ("avoided_substances", "No alcohol/drugs"),
    ("treated_illness", "Illness treated"),
)
_HEADER = "#dfe6ee"
_SECTION = "#f4f6f8"
_MISSING_DAY = "#eeeeee"


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]
    shades: tuple[str, ...]
    section: bool = False


def _shade(value: int | None, top: int, positive: bool = False) -> str:
    """White at 0, deeper with the rating; warm for painful items, green for joy."""
    if value is None or value <= 0:
        return "#ffffff"
    share = min(value, top) / top
    if positive:
        red, green, blue = 1 - 0.55 * share, 1 - 0.2 * share, 1 - 0.55 * share
    else:
        red, green, blue = 1.0, 1 - 0.6 * share, 1 - 0.75 * share
    return f"#{int(red * 255):02x}{int(green * 255):02x}{int(blue * 255):02x}"


def _flag(value: Any) -> str:
    if value is None:
        return ""
    if value == NOT_APPLICABLE:
        return "n/a"
    return "yes" if value else "no"


def _please_cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "sleep_hours":
        return f"{value:g}"
    if key == "exercise_minutes":
        return str(value)
    return _flag(value)


def build_rows(week: DiaryWeek) -> list[Row]:
    cards: list[DiaryCard | None] = [week.cards.get(day) for day in week.days]

    def row(label: str, cell: Any, shade: Any = lambda card: "#ffffff") -> Row:
        cells, shades = [], []
        for card in cards:
            if card is None:
                cells.append(MISSING)
                shades.append(_MISSING_DAY)
            else:
                cells.append(cell(card))
                shades.append(shade(card))
        return Row(label, tuple(cells), tuple(shades))

    def section(label: str) -> Row:
        return Row(label, tuple("" for _ in cards), tuple(_SECTION for _ in cards), section=True)

    rows = [section("Emotions (0-5)")]
    for item in week.rows("emotion"):
        rows.append(
            row(
                item.name.capitalize(),
                lambda c, k=item.key: str(c.emotions[k]) if k in c.emotions else "",
                lambda c, k=item.key: _shade(c.emotions.get(k), 5, positive=k == "joy"),
            )
        )
    rows.append(section(f"Urges (0-5), {ACTED} acted on"))
    for item in week.rows("urge"):

        def urge_cell(card: DiaryCard, key: str = item.key) -> str:
            value = str(card.urges[key]) if key in card.urges else ""
            return value + (ACTED if card.actions.get(key) else "")

        rows.append(
            row(
                item.name.capitalize(),
                urge_cell,
                lambda c, k=item.key: _shade(c.urges.get(k), 5),
            )
        )
    rows.append(section("Skills"))
    rows.append(
        row(
            "Skills use (0-7)",
            lambda c: "" if c.skills_rating is None else str(c.skills_rating),
            lambda c: _shade(c.skills_rating, 7, positive=True),
        )
    )
    rows.append(row("Skills used", lambda c: str(len(c.skills)) if c.skills else ""))
    rows.append(section("PLEASE"))
    for key, label in _PLEASE_ROWS:
        rows.append(row(label, lambda c, k=key: _please_cell(k, c.please.get(k))))
    rows.append(row("Note", lambda c: "yes" if c.notes else ""))
    return rows


def render_week_png(week: DiaryWeek) -> bytes:
    # Imported here: matplotlib takes a moment to load and only this view needs it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = build_rows(week)
    columns = [f"{day:%a} {day.day}" for day in week.days]
    figure = Figure(figsize=(9.5, 0.26 * (len(rows) + 2) + 0.6), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.2, 0.02, 0.79, 0.86))
    axes.axis("off")
    axes.set_title(
        f"DBT diary card: {week.first:%a %d %b} to {week.last:%a %d %b %Y}",
        fontsize=12,
        fontweight="bold",
        pad=12,
    )
    table = axes.table(
        cellText=[list(row.cells) for row in rows],
        cellColours=[list(row.shades) for row in rows],
        rowLabels=[row.label for row in rows],
        rowColours=[_SECTION if row.section else "#ffffff" for row in rows],
        colLabels=columns,
        colColours=[_HEADER] * len(columns),
        cellLoc="center",
        rowLoc="left",
        bbox=(0, 0, 1, 1),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(9)
    for (row_index, column_index), cell in table.get_celld().items():
        if row_index == 0 or (column_index == -1 and rows[row_index - 1].section):
            cell.get_text().set_fontweight("bold")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight", pad_inches=0.2)
    return buffer.getvalue()
