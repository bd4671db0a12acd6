"""A contract import-linter has no type for: no domain uses another domain's private names.

Why: a name with a leading underscore is its module's own business; a domain reaching for
another's (`assessment_service._me`, `records_service._move`) depends on what its owner may
change at will, and on checks the owner may have skipped because only it called the helper.
The helpers other domains need are public (`physician_of`, `own_session`); this contract
keeps it so.

A domain is `core.<package>` for a package of core, `core.<module>` for one of core's
modules, and the top-level package for the faces and media. Inside a domain anything goes.
Checked: `from x import _y` (a private name or a private module) and `alias._y` where `alias`
is bound to another domain's module by an import in the same file.
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import grimp
from importlinter import Contract, ContractCheck, output


def domain_of(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "core" and len(parts) > 1 else parts[0]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _source(module: str, roots: dict[str, Path]) -> Path | None:
    parts = module.split(".")
    base = roots[parts[0]].joinpath(*parts[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def violations(graph: grimp.ImportGraph) -> list[tuple[str, int, str]]:
    """(module, line, what) of every use of another domain's private name."""
    root_names = {m.split(".")[0] for m in graph.modules}
    roots = {}
    for name in root_names:
        spec = importlib.util.find_spec(name)
        roots[name] = Path(next(iter(spec.submodule_search_locations)))
    found = []
    for module in sorted(graph.modules):
        path = _source(module, roots)
        if path is None:
            continue
        mine = domain_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        aliases: dict[str, str] = {}  # local name -> module of ours it is bound to
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in graph.modules:
                        aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in graph.modules:
                for a in node.names:
                    full = f"{node.module}.{a.name}"
                    if full in graph.modules:
                        aliases[a.asname or a.name] = full
                    if (_private(a.name) or any(_private(p) for p in full.split("."))) \
                            and domain_of(node.module) != mine:
                        found.append((module, node.lineno, f"imports {full}"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and _private(node.attr):
                target = aliases.get(node.value.id)
                if target is not None and domain_of(target) != mine:
                    found.append((module, node.lineno, f"uses {target}.{node.attr}"))
    return found


class PrivateNamesContract(Contract):
    type_name = "private_names"

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        found = violations(graph)
        return ContractCheck(kept=not found, warnings=[], metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line, what in check.metadata["found"]:
            output.print_error(f"{module}:{line} {what}", bold=False)
        output.new_line()
        output.print("Make the name public in its domain (and keep its checks there), or move the use into it.")
