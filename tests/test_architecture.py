"""The walls between apps (docs/architecture.md): import-linter's contracts hold, they catch a breach,
and no module grows into a second job."""

import copy
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import grimp
import pytest
from importlinter import configuration
from importlinter.application import use_cases
from importlinter.domain.contract import registry

BASE_DIR = Path(settings.BASE_DIR)
MAX_MODULE_LINES = 420  # "about 400": a module that outgrows it holds two things (docs/architecture.md)


def test_the_project_keeps_every_contract():
    """What CI runs (`make lint` runs the same command)."""
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache", "--no-logo"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


@pytest.fixture(scope="module")
def contracts():
    configuration.configure()  # what the lint-imports command does first: readers, graph builder
    options = use_cases.read_user_options(config_filename=str(BASE_DIR / "pyproject.toml"))
    use_cases._register_contract_types(options)
    graph = grimp.build_graph(*options.session_options["root_packages"], cache_dir=None)
    built = {}
    for contract_options in options.contracts_options:
        contract_class = registry.get_contract_class(contract_options["type"])
        built[contract_options["id"]] = contract_class(
            name=contract_options["name"], session_options=options.session_options, contract_options=contract_options
        )
    return graph, built


def broken_contracts(contracts, extra_import=None):
    graph, built = contracts
    graph = copy.deepcopy(graph)
    if extra_import is not None:
        importer, imported = extra_import
        graph.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    return {key for key, contract in built.items() if not contract.check(copy.deepcopy(graph), verbose=False).kept}


@pytest.mark.parametrize(
    ("importer", "imported", "expected"),
    [
        # The kernel importing an app, as portal/urls.py once did.
        ("portal.urls", "training.views.dashboard", {"layers", "kernel-knows-no-app"}),
        # A content app importing another (side by side on one floor of the layers: independent there too).
        ("casestudies.models", "resources.models", {"layers", "content-apps-independent"}),
        # Reports importing search: the apps on the upper floor are independent of each other.
        ("reports.figures", "search.service", {"layers"}),
        # A content app importing search, which reads it.
        ("training.services.progress", "search.service", {"layers"}),
        # A model importing its views (training/models.py once did, inside functions).
        ("training.models.pages", "training.views.pages", {"no-cycles", "training-layers"}),
        # Services that reach up to the views.
        ("training.services.records", "training.views.responses", {"no-cycles", "training-layers"}),
        # The benchmarks building data with test factories.
        ("bench.load", "training.tests.factories", {"no-test-code-in-shipped-code"}),
    ],
)
def test_each_contract_catches_its_breach(contracts, importer, imported, expected):
    # Compared with the project as it is, so that each probe names exactly the contracts it breaks.
    assert broken_contracts(contracts, (importer, imported)) - broken_contracts(contracts) == expected


def test_an_import_inside_a_function_counts_as_much_as_one_at_the_top(contracts):
    graph, _built = contracts
    # apps.py connects training's receivers in ready(), inside a function: the graph sees it.
    assert "training.services.progress" in graph.find_modules_directly_imported_by("training.apps")


def python_modules():
    for path in sorted(BASE_DIR.rglob("*.py")):
        parts = path.relative_to(BASE_DIR).parts
        if parts[0] in {".venv", "node_modules", "staticfiles", "media"} or "migrations" in parts:
            continue
        yield path


def test_no_module_holds_more_than_about_400_lines():
    too_long = {
        str(path.relative_to(BASE_DIR)): lines
        for path in python_modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not too_long, f"split these by what they hold: {too_long}"
