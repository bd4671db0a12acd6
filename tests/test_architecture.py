"""The import rules of .importlinter hold (also run by `make test` before pytest), so that
CI, which runs pytest, fails on an import that breaks them: faces above services above
infrastructure, models at the bottom, no cycles between domains, no private names across
domains (tests/import_contracts.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.nodb
def test_the_import_rules_hold():
    # In its own process: import-linter run in-process reconfigures logging, and the tests run
    # after it (log assertions of tests/test_sweeps.py, tests/core/test_transactions.py) saw nothing.
    lint = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint), "--config", str(ROOT / ".importlinter"), "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
