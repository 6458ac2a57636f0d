"""A lecturer's slides (python-pptx, 16:9): the title, the lineage picture, the objectives, the tasks
by responsible body (a few per slide) and the deadlines drawn on a timeline."""

import io
import textwrap

from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide
from pptx.util import Cm, Pt

from policylink.api.teaching import NO_LINEAGE, Lesson, Task
from policylink.api.templating import vietnamese_date

FONT = "DejaVu Sans"
NAVY = RGBColor(0x0F, 0x2A, 0x4A)
AMBER = RGBColor(0xF5, 0x9E, 0x0B)
GREY = RGBColor(0x4B, 0x55, 0x63)
WIDTH, HEIGHT = Cm(33.867), Cm(19.05)
_TASK_LINES_PER_SLIDE = 7  # body headings and tasks together
_POINTS_PER_SLIDE = 5
_TIMELINE_MARKS = 6


def _text(slide: Slide, left: float, top: float, width: float, height: float, lines: list[str], *,
          size: int = 18, bold: bool = False, colour: RGBColor = NAVY, bullets: bool = False,
          align: PP_ALIGN = PP_ALIGN.LEFT) -> None:
    frame = slide.shapes.add_textbox(Cm(left), Cm(top), Cm(width), Cm(height)).text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.space_after = Pt(6)
        run = paragraph.add_run()
        run.text = f"• {line}" if bullets else line
        run.font.name, run.font.size, run.font.bold = FONT, Pt(size), bold
        run.font.color.rgb = colour


def _slide(deck: Presentation, title: str) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDTH, Cm(2.6))
    band.fill.solid()
    band.fill.fore_color.rgb = NAVY
    band.line.fill.background()
    _text(slide, 1.2, 0.55, 31, 1.8, [title], size=26, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
    return slide


def _title_slide(deck: Presentation, lesson: Lesson) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, 2, 2.2, 29.8, 1.2, [lesson.issuer], size=18, colour=GREY, align=PP_ALIGN.CENTER)
    _text(slide, 2, 4, 29.8, 2.2, [lesson.heading], size=40, bold=True, align=PP_ALIGN.CENTER)
    _text(slide, 2.5, 6.8, 28.8, 5.5, [textwrap.shorten(lesson.title, 260, placeholder=" …")],
          size=22, colour=NAVY, align=PP_ALIGN.CENTER)
    when = f"Ngày ban hành: {lesson.issue_date or 'văn bản không ghi ngày'}"
    kind = "Bài giảng về dòng văn bản" if lesson.scope == "lineage" else "Bài giảng"
    _text(slide, 2, 14.5, 29.8, 2.5, [when, kind], size=16, colour=GREY, align=PP_ALIGN.CENTER)


def _lineage_slide(deck: Presentation, lesson: Lesson) -> None:
    slide = _slide(deck, "Nguồn gốc chủ trương")
    if lesson.lineage_png is None or not lesson.lineage:  # a lone box says nothing: say it in words
        _text(slide, 1.5, 3.5, 30, 14, lesson.lineage or [NO_LINEAGE], bullets=True)
        return
    with Image.open(io.BytesIO(lesson.lineage_png)) as picture:
        ratio = picture.width / picture.height
    box_width, box_height = 31.0, 15.6
    if ratio > box_width / box_height:
        width, height = box_width, box_width / ratio
    else:
        width, height = box_height * ratio, box_height
    slide.shapes.add_picture(io.BytesIO(lesson.lineage_png), Cm((33.867 - width) / 2), Cm(3.0),
                             Cm(width), Cm(height))


def _points_slides(deck: Presentation, title: str, points: list[str]) -> None:
    for start in range(0, max(len(points), 1), _POINTS_PER_SLIDE):
        slide = _slide(deck, title + (" (tiếp)" if start else ""))
        chunk = points[start : start + _POINTS_PER_SLIDE] or ["Văn bản không nêu riêng mục tiêu."]
        _text(slide, 1.5, 3.3, 30.8, 15, [textwrap.shorten(p, 230, placeholder=" …") for p in chunk],
              size=18, bullets=True)


def _task_line(task: Task) -> str:
    deadline = f" — {task.deadline}" if task.deadline else ""
    return textwrap.shorten(task.action, 170, placeholder=" …") + deadline


def _tasks_slides(deck: Presentation, lesson: Lesson) -> None:
    """Groups of tasks (a body in amber, its tasks below) packed into slides of a few lines each;
    a group longer than a slide goes on in the next."""
    pages: list[list[tuple[str, list[str]]]] = [[]]
    room = _TASK_LINES_PER_SLIDE
    for bodies, tasks in lesson.tasks_by_body:
        waiting = [_task_line(t) for t in tasks]
        while waiting:
            if room < 2:  # a body heading with no task under it would be left alone
                pages.append([])
                room = _TASK_LINES_PER_SLIDE
            taken, waiting = waiting[: room - 1], waiting[room - 1 :]
            pages[-1].append((bodies, taken))
            room -= 1 + len(taken)
    for number, page in enumerate(p for p in pages if p):
        slide = _slide(deck, "Nhiệm vụ theo cơ quan chủ trì" + (" (tiếp)" if number else ""))
        frame = slide.shapes.add_textbox(Cm(1.5), Cm(3.1), Cm(30.8), Cm(15.5)).text_frame
        frame.word_wrap = True
        lines: list[tuple[str, bool]] = []  # (text, is a body heading)
        for bodies, tasks in page:
            lines.append((textwrap.shorten(bodies, 140, placeholder=" …"), True))
            lines += [(f"• {t}", False) for t in tasks]
        for index, (text, heading) in enumerate(lines):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.space_before = Pt(10 if heading else 2)
            run = paragraph.add_run()
            run.text = text
            run.font.name, run.font.bold, run.font.size = FONT, heading, Pt(18 if heading else 16)
            run.font.color.rgb = AMBER if heading else NAVY


def _timeline_slide(deck: Presentation, lesson: Lesson) -> None:
    """The dated tasks as marks on a line, earliest at the left, labels alternating above and below."""
    slide = _slide(deck, "Mốc thời hạn")
    dated = lesson.dated_tasks[:_TIMELINE_MARKS]
    if not dated:
        message = "Văn bản không đặt hạn hoàn thành cụ thể cho nhiệm vụ nào."
        _text(slide, 1.5, 3.5, 30.8, 4, [message], size=20)
        return
    line_y = 10.5
    axis = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Cm(1.5), Cm(line_y), Cm(32.4), Cm(line_y))
    axis.line.color.rgb = NAVY
    axis.line.width = Pt(2.5)
    step = 30.9 / len(dated)
    for index, (bodies, task) in enumerate(dated):
        centre = 1.5 + step * (index + 0.5)
        dot = slide.shapes.add_shape(MSO_SHAPE.OVAL, Cm(centre - 0.35), Cm(line_y - 0.35), Cm(0.7), Cm(0.7))
        dot.fill.solid()
        dot.fill.fore_color.rgb = AMBER
        dot.line.color.rgb = NAVY
        above = index % 2 == 0
        width = min(step * 2 - 0.4, 10.0)
        top = line_y - 6.6 if above else line_y + 0.9
        label = [
            vietnamese_date(task.due.isoformat()),
            textwrap.shorten(task.action, 90, placeholder=" …"),
            textwrap.shorten(bodies, 60, placeholder=" …"),
        ]
        _text(slide, centre - width / 2, top, width, 5.6, label, size=12, align=PP_ALIGN.CENTER)
    if len(lesson.dated_tasks) > _TIMELINE_MARKS:
        more = len(lesson.dated_tasks) - _TIMELINE_MARKS
        message = f"… và {more} hạn sau đó (xem tài liệu Word)."
        _text(slide, 1.5, 17.3, 30.8, 1.2, [message], size=12, colour=GREY)


def slides_pptx(lesson: Lesson) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    _title_slide(deck, lesson)
    _lineage_slide(deck, lesson)
    _points_slides(deck, "Mục tiêu, quan điểm", lesson.objectives)
    _tasks_slides(deck, lesson)
    _timeline_slide(deck, lesson)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
