"""The command line speaks Vietnamese, Click's own messages included (usage, errors, help)."""

from click.testing import CliRunner

from policylink.api.cli import main

ENGLISH = ("Usage:", "Error:", "Show this message", "Options:", "Commands:", "Try '", "Missing", "Aborted")


def _run(*args: str) -> str:
    return CliRunner().invoke(main, list(args), prog_name="policylink").output


def test_help_is_vietnamese() -> None:
    output = _run("--help")
    assert "Cách dùng: policylink" in output and "Tùy chọn:" in output and "Lệnh:" in output
    assert "Hiện hướng dẫn này rồi thoát." in output
    assert not any(word in output for word in ENGLISH)


def test_usage_errors_are_vietnamese() -> None:
    missing = _run("extract")
    assert "Lỗi: Thiếu tham số 'FILE'." in missing
    assert "Gõ 'policylink extract --help' để xem hướng dẫn." in missing
    unknown = _run("tim-kiem")
    assert "Lỗi: Không có lệnh 'tim-kiem'." in unknown
    out_of_range = _run("search", "hạ tầng", "--limit", "1000")
    assert "Giá trị không hợp lệ cho '--limit' / '-k': 1000 nằm ngoài khoảng" in out_of_range
    wrong_choice = _run("extract", "x.txt", "--format", "xml")
    assert "'xml' không thuộc các lựa chọn" in wrong_choice
    for output in (missing, unknown, out_of_range, wrong_choice):
        assert not any(word in output for word in ENGLISH), output
