"""Provisions reproduced without quotation marks after the line naming them (nlp.quoted_provisions;
sentences of our own)."""

from policylink.nlp.quoted_provisions import reproduced_provisions

_WRAPPED = (
    "1.2. Về việc kiểm kê\n"
    "Khoản 2 Điều 8 Thông tư số 12/2024/TT-BTC quy định: Đơn vị sử dụng tài sản kiểm kê\n"
    "tài sản hằng năm và gửi kết quả về\n"
    "Sở Tài chính theo các yêu cầu sau:\n"
    "a) Kiểm kê trước ngày 31 tháng 12 hằng năm;\n"
    "b) Lưu hồ sơ kiểm kê.\n"
    "- Các đơn vị thực hiện kiểm kê hằng quý.\n"
)


def test_the_reproduced_text_runs_over_its_points_and_wrapped_lines() -> None:
    [(start, end)] = reproduced_provisions(_WRAPPED)
    assert _WRAPPED[start:end].strip().startswith("Đơn vị sử dụng")
    assert _WRAPPED[start:end].endswith("b) Lưu hồ sơ kiểm kê.")


def test_a_paragraph_after_the_reproduced_sentence_is_the_documents_own() -> None:
    text = ("Tại khoản 3 Điều 5 Nghị định 20/2023/NĐ-CP quy định: cơ quan thuế rà soát định kỳ.\n"
            "Đề nghị Thuế tỉnh báo cáo định kỳ theo quy định.\n")
    [(start, end)] = reproduced_provisions(text)
    assert text[start:end] == " cơ quan thuế rà soát định kỳ."


def test_a_provision_merely_cited_is_not_reproduced() -> None:
    text = "Thực hiện theo quy định tại khoản 2 Điều 8 Thông tư số 12/2024/TT-BTC.\n"
    assert reproduced_provisions(text) == []
