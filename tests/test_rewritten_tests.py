"""The xdist workers share the test modules' assertion rewriting (tests/rewritten_tests.py): a
worker's share goes into pytest's own cache, which pytest then reads as if it had written it."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.assertion import rewrite

from tests.rewritten_tests import modules_to_rewrite, rewrite_once

FAILING = "def test_it():\n    seen = 1\n    assert seen == 2\n"


def cached(path: Path) -> Path:
    return rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)


def run_cached(path: Path) -> str:
    """What the module's test says when it fails, run from the code pytest reads from its cache."""
    code = rewrite._read_pyc(path, cached(path))
    assert code is not None, "pytest does not accept the cached module"
    namespace: dict = {}
    exec(code, namespace)
    with pytest.raises(AssertionError) as failed:
        namespace["test_it"]()
    return str(failed.value)


def test_a_rewritten_module_is_cached_as_pytest_reads_it_with_its_asserts_explained(
    tmp_path, request
):
    module = tmp_path / "test_sample.py"
    module.write_text(FAILING, encoding="utf-8")
    rewrite_once(rewrite, request.config, module)
    assert "assert 1 == 2" in run_cached(module)  # the rewritten assert, not a bare one


def test_a_changed_module_is_rewritten_again_not_read_from_the_stale_cache(tmp_path, request):
    module = tmp_path / "test_sample.py"
    module.write_text(FAILING, encoding="utf-8")
    rewrite_once(rewrite, request.config, module)
    module.write_text(FAILING.replace("seen = 1", "seen = 3"), encoding="utf-8")
    assert rewrite._read_pyc(module, cached(module)) is None  # stale: pytest would not use it
    rewrite_once(rewrite, request.config, module)
    assert "assert 3 == 2" in run_cached(module)


def test_a_module_that_does_not_parse_is_left_to_its_import_to_report(tmp_path, request):
    module = tmp_path / "test_broken.py"
    module.write_text("def test_it(:\n", encoding="utf-8")
    rewrite_once(rewrite, request.config, module)
    assert not cached(module).exists()


def test_the_shares_are_the_test_files_and_conftests_in_collection_order(tmp_path, request):
    for name in ("b/test_two.py", "b/conftest.py", "a/test_one.py", "a/helper.py", "conftest.py"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    config = request.config
    saved = config.args
    try:
        config.args = [str(tmp_path)]
        whole = [p.relative_to(tmp_path).as_posix() for p in modules_to_rewrite(config)]
        config.args = [f"{tmp_path / 'b' / 'test_two.py'}::test_x"]
        one = [p.relative_to(tmp_path).as_posix() for p in modules_to_rewrite(config)]
    finally:
        config.args = saved
    assert whole == ["a/test_one.py", "b/conftest.py", "b/test_two.py", "conftest.py"]
    assert one == ["b/test_two.py"]
