"""The README's Python quick start, executed as written (from the
repository root, into a temporary output directory)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_quick_start_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks, "the README has a Python quick start"
    code = blocks[0].replace("examples/data/resume.md", str(ROOT / "examples" / "data" / "resume.md"))
    code = code.replace("sqlite://kairos-out/python.db", f"sqlite://{tmp_path / 'python.db'}")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README is ours
    assert os.path.exists(tmp_path / "python.db")
