"""Every setting is documented in .env.example and README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_documented(name: str) -> None:
    variable = f"SANCTUM_{name.upper()}"
    assert variable in (ROOT / ".env.example").read_text(), f"{variable} missing in .env.example"
    assert variable in (ROOT / "README.md").read_text(), f"{variable} missing in README.md"


def test_defaults_need_no_configuration(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.llm_provider == "offline"
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.resolve() / 'sanctum.db'}"
