"""Regenerate real_words_near_vocabulary.txt: dictionary words a typo fix must leave alone.

    python -m bot.understanding.offline.blocklist /usr/share/dict/american-english \\
        /usr/share/dict/british-english

(Debian's wamerican and wbritish packages.) Run it after growing a lexicon that corrects
typos (moods, medication names): every listed dictionary word that would otherwise be
"corrected" into lexicon vocabulary ("sacred" -> "scared") is written to the list.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from bot.understanding.offline.lexicon import mood_matcher
from bot.understanding.offline.medication import name_matcher
from bot.understanding.offline.typos import REAL_WORDS_FILE


def dictionary_words(paths: Iterable[Path]) -> set[str]:
    words: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            word = line.strip().lower()
            if word.endswith("'s"):
                continue  # possessives read like typos joined to a word ("anxiety's")
            word = word.replace("'", "")
            if word.isalpha():
                words.add(word)
    return words


def words_near_vocabulary(words: Iterable[str]) -> list[str]:
    matchers = (mood_matcher(), name_matcher())
    return sorted(w for w in words if any(m.nearest(w) is not None for m in matchers))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    near = words_near_vocabulary(dictionary_words(Path(arg) for arg in argv))
    target = Path(str(resources.files(__package__).joinpath(REAL_WORDS_FILE)))
    target.write_text("\n".join(near) + "\n", encoding="utf-8")
    print(f"{len(near)} words written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
