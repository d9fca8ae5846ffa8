"""The writer's own mobile over an organisation's line written beside it.

A signature from a work or a mission mailbox often puts two numbers on one line: the organisation's
switchboard or desk line and the writer's own mobile («Tél. 01 41 00 00 00 – Mob. 06 13 92 57 84», «04 91
00 00 00 – 06 28 47 19 60», "T +44 20 7946 0000 | M +44 7700 900123"). The programme calls the person,
not the office: of numbers sharing a line, a mobile is taken before a fixed line.

Invariants: only numbers on the same line are reordered (a number given in the letter and another in the
signature keep the letter's first); between two mobiles or two fixed lines the order written stands;
nothing is dropped.
"""

from __future__ import annotations

import phonenumbers

_MOBILE = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def mobile_first_on_a_line(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """contacts.py's numbers (position, as written, region) with each mobile moved before the fixed lines
    written earlier on its own line of `text`. Cheap: a single number, or numbers on separate lines, are
    returned as they are, unparsed."""
    lines = [text.count("\n", 0, start) for start, _, _ in found]
    if len(set(lines)) == len(lines):
        return found
    kinds = [_is_mobile(written, region) for _, written, region in found]
    ordered = list(found)
    for i, number in enumerate(found):
        if not kinds[i]:
            continue
        first = next(j for j in range(i + 1) if lines[j] == lines[i] and (not kinds[j] or j == i))
        if first < i:
            ordered.remove(number)
            ordered.insert(ordered.index(found[first]), number)
    return ordered


def _is_mobile(written: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _MOBILE
