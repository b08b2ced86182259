"""The import contracts in pyproject.toml catch a forbidden import, and only then.

Each probe is a real module written into the package for the length of one
lint run, the way a developer would add one by mistake.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports() -> subprocess.CompletedProcess:
    command = Path(sys.executable).with_name("lint-imports")
    exe = str(command) if command.exists() else shutil.which("lint-imports")
    assert exe, "lint-imports is not installed"
    return subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(("probe", "line", "contract"), [
    ("ui/_forbidden_probe.py", "import app.export", "The window reaches the application only through app.api"),
    ("ui/_forbidden_probe.py", "import sqlalchemy", "The window never runs SQL or touches the index"),
    ("app/cli/_forbidden_probe.py", "import app.catalogue",
     "The command line reaches the application only through app.api"),
    ("advisor/_forbidden_probe.py", "import whoosh", "The domain core imports no Qt, SQLAlchemy or Whoosh"),
])
def test_a_forbidden_import_breaks_its_contract_and_removing_it_mends_it(probe, line, contract):
    path = ROOT / probe
    assert not path.exists()
    try:
        path.write_text(f'"""A module that should not be allowed."""\n\n{line}  # noqa: F401\n', encoding="utf-8")
        broken = lint_imports()
    finally:
        path.unlink(missing_ok=True)
    assert broken.returncode != 0
    assert f"{contract} BROKEN" in broken.stdout
    assert probe.removesuffix(".py").replace("/", ".") in broken.stdout
    mended = lint_imports()
    assert mended.returncode == 0, mended.stdout
    assert "BROKEN" not in mended.stdout
