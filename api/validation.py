"""Request validation errors in Vietnamese: what is wrong with which field, and what to send."""

from collections.abc import Sequence
from typing import Any

_PROBLEMS = {
    "missing": "thiếu, hãy gửi kèm trường này",
    "json_invalid": "không phải JSON hợp lệ",
    "string_type": "phải là một chuỗi ký tự",
    "string_too_short": "không được để trống",
    "string_too_long": "quá dài",
    "string_pattern_mismatch": "không được để trống hay chỉ có khoảng trắng",
    "int_parsing": "phải là một số nguyên",
    "int_type": "phải là một số nguyên",
    "greater_than_equal": "nhỏ hơn giá trị cho phép",
    "less_than_equal": "lớn hơn giá trị cho phép",
    "literal_error": "không thuộc các giá trị cho phép",
    "enum": "không thuộc các giá trị cho phép",
    "model_attributes_type": "phải là một đối tượng JSON",
    "model_type": "phải là một đối tượng JSON",
    "dict_type": "phải là một đối tượng JSON",
    "extra_forbidden": "không được hỗ trợ",
}
_PLACES = {"body": "nội dung yêu cầu", "query": "tham số", "path": "đường dẫn"}


def _field(location: Sequence[Any]) -> str:
    place, *names = [str(part) for part in location] or ["body"]
    if not names:
        return _PLACES.get(place, place)
    return f"{_PLACES.get(place, place)} '{'.'.join(names)}'"


def _problem(error: dict) -> str:
    problem = _PROBLEMS.get(error["type"], "không hợp lệ")
    context = error.get("ctx") or {}
    if "expected" in context:
        problem += f" (giá trị cho phép: {str(context['expected']).replace(' or ', ', ')})"
    elif "max_length" in context:
        problem += f" (tối đa {context['max_length']:,} ký tự)".replace(",", ".")
    elif "ge" in context or "le" in context:
        problem += f" (giới hạn: {context.get('ge', context.get('le'))})"
    return problem


def vietnamese_detail(errors: Sequence[dict], within: tuple[str, ...] = ()) -> str:
    """One sentence per error: `Yêu cầu không hợp lệ: nội dung yêu cầu 'text' thiếu, ...`;
    `within` prefixes the locations of errors from a model validated by hand (`("body",)`)."""
    parts = [f"{_field((*within, *e.get('loc', ())))} {_problem(e)}" for e in errors]
    return "Yêu cầu không hợp lệ: " + "; ".join(parts) + ". Xem tài liệu API tại /docs."


def positive_number(value: str, label: str, default: int | None) -> int | None:
    """A query parameter as written (`page`, `year` ...) read as a positive whole number, `default`
    when blank; raises ValueError with a Vietnamese message naming `label` otherwise."""
    value = value.strip()
    if not value:
        return default
    if not value.isdigit() or len(value) > 9:
        raise ValueError(f"{label} '{value}' phải là một số nguyên dương.")
    return int(value)
