"""An agent clause inside a body's name: `cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập`.

`do A, B <verb>` (`established by A, B`) names who set the body up or runs it; the joints between its
agents do not end the body's name, and the agents are no bodies of the list.
"""

import re

_S = r"[^\S\n]+"
_OPEN = re.compile(rf"(?<!\w)do{_S}[^,;()\n]*$", re.IGNORECASE)
_CLOSE = re.compile(
    rf"[^,;()\n]*?{_S}(?:thành{_S}lập|ban{_S}hành|quản{_S}lý|giao|phê{_S}duyệt|quyết{_S}định)(?!\w)",
    re.IGNORECASE)


def inside_agent_clause(text: str, begin: int, joint_start: int, joint_end: int, end: int) -> bool:
    """Whether the joint at `joint_start`..`joint_end` lies between two agents of a `do ... <verb>` clause
    that the part from `begin` opens and that closes before `end`."""
    return bool(_OPEN.search(text, begin, joint_start) and _CLOSE.match(text, joint_end, end))
