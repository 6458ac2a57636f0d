"""Sample documents that the task tests of several jobs read."""

HEADING_AND_INSTRUCTION = """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về công tác chuyển đổi số

1. Đánh giá chung
Thời gian qua, công tác chuyển đổi số đã đạt nhiều kết quả quan trọng.

2. Nhiệm vụ thời gian tới
Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ cơ sở và UBND các xã thực hiện tốt:

2.1. Rà soát hạ tầng mạng tại các thôn, hoàn thành trong quý II/2025.

2.2. Mục tiêu: 100% thủ tục hành chính được thực hiện trực tuyến.

2.3. Đảng ủy xã Tân Sơn:

- Chỉ đạo UBND xã lập danh mục dữ liệu cần số hóa.

- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức hằng quý.

2.4. Văn phòng Huyện ủy chủ trì, phối hợp với Phòng Nội vụ huyện tham mưu sơ kết;\
 định kỳ báo cáo kết quả với Ban Thường vụ Huyện ủy.
"""


PLAN = """KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026

I. SỰ CẦN THIẾT
1. Sự cần thiết
Chuyển đổi số là xu thế tất yếu, giúp nâng cao hiệu quả quản lý nhà nước ở địa phương.
2. Thực trạng
Hạ tầng số của các xã còn thiếu đồng bộ, nhân lực công nghệ thông tin còn mỏng.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
a) Chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh trong quý III/2026.
b) Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.
"""


DUTIES = """KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026

I. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: chủ trì hướng dẫn các cơ quan rà soát thủ tục hành chính.

2. Các phòng, ban chuyên môn huyện căn cứ chức năng, nhiệm vụ được giao chủ động rà soát quy trình nội bộ.

3. Năm tới, UBND các xã, thị trấn cần tiếp tục rà soát thủ tục hành chính.

4. UBND huyện chỉ đạo các phòng, ban chuyên môn:

a) Rà soát danh mục dữ liệu dùng chung, báo cáo Chủ tịch UBND huyện.

5. Ban Thường vụ Huyện ủy ghi nhận, đánh giá cao kết quả thực hiện của UBND huyện.

6. Ban Thường vụ Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
"""
