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
    """The grid as a PNG: one rectangle collection for the cells, a text per filled cell."""
    # Imported here: matplotlib takes a moment to load and only this view needs it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PatchCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    rows = build_rows(week)
    columns = [f"{day:%a} {day.day}" for day in week.days]
    label_width, row_height = 2.2, 1.0  # in cell widths and row heights
    total_rows = len(rows) + 1  # the day header
    figure = Figure(figsize=(10.0, 0.9 + 0.27 * total_rows), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.01, 0.01, 0.98, 1 - 0.5 / (0.9 + 0.27 * total_rows)))
    axes.set_xlim(-label_width - 0.02, len(columns) + 0.02)  # room for the outer lines
    axes.set_ylim(total_rows * row_height + 0.05, -0.05)
    axes.axis("off")
    figure.suptitle(
        f"DBT diary card: {week.first:%a %d %b} to {week.last:%a %d %b %Y}",
        fontsize=12,
        fontweight="bold",
        y=1 - 0.18 / (0.9 + 0.27 * total_rows),
    )
    cells: list[Rectangle] = []
    colours: list[str] = []
    for column, name in enumerate(columns):
        cells.append(Rectangle((column, 0), 1, row_height))
        colours.append(_HEADER)
        axes.text(column + 0.5, 0.5, name, ha="center", va="center", fontsize=9, fontweight="bold")
    for index, row in enumerate(rows, start=1):
        top = index * row_height
        cells.append(Rectangle((-label_width, top), label_width, row_height))
        colours.append(_SECTION if row.section else "#ffffff")
        axes.text(
            -label_width + 0.1,
            top + 0.5,
            row.label,
            ha="left",
            va="center",
            fontsize=9,
            fontweight="bold" if row.section else "normal",
        )
        for column, (cell, shade) in enumerate(zip(row.cells, row.shades, strict=True)):
            cells.append(Rectangle((column, top), 1, row_height))
            colours.append(shade)
            if cell:
                axes.text(column + 0.5, top + 0.5, cell, ha="center", va="center", fontsize=9)
    axes.add_collection(
        PatchCollection(cells, facecolors=colours, edgecolors="#555555", linewidths=0.6)
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
