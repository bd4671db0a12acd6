"""The import rules of .importlinter hold (also run by `make test` before pytest), so that
CI, which runs pytest, fails on an import that breaks them: faces above services above
infrastructure, models at the bottom, no cycles between domains, no private names across
domains (tests/import_contracts.py)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.nodb
def test_the_import_rules_hold(capsys):
    from importlinter.cli import lint_imports

    here = os.getcwd()
    os.chdir(ROOT)  # the configuration and the packages are found from the repository's root
    try:
        code = lint_imports(config_filename=str(ROOT / ".importlinter"), no_cache=True, no_logo=True)
    finally:
        os.chdir(here)
    assert code == 0, capsys.readouterr().out[-4000:]
