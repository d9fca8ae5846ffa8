"""The address a writer gives as theirs to answer at, over the mailbox the mail came from.

A person writing from a shared or borrowed mailbox says where to reach them: «vous pouvez me répondre à lea
point martin point pro arobase gmail point com parce que cette adresse c'est celle de mes parents», «mon
adresse perso c'est …», "please reply to me at …". The address is theirs (the spoken corpus's rule: a
dictated address is the person's own, as it is spelt) and it is the one to answer: it wins over the header's.
Read only where the words give it to the writer themself (rules/lexicon/reply_address.toml: «me», «moi»,
«mon», "me", "my" right before it); another person's address («écrivez à ma conseillère …») is never taken.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dictation import spoken_addresses
from intake.understanding.facts import BODY, EMAIL_RE, Evidence, Fact

_REACH = 120  # characters before an address its introduction stands in


@lru_cache(maxsize=4)
def _before(rules_dir: Path) -> re.Pattern[str]:
    with (rules_dir / "lexicon" / "reply_address.toml").open("rb") as fh:
        table = tomllib.load(fh)
    return re.compile(r"(?:" + "|".join(table["before"]) + r")\s*:?\s*$", re.IGNORECASE)


def address_to_answer(body: str) -> Fact[str] | None:
    """The first address, written or spelt out in words, the body gives as the writer's to answer at."""
    before = _before(resources.rules_dir())
    found = [(m.start(), m.end(), m.group(0).lower().strip(".")) for m in EMAIL_RE.finditer(body)]
    found += [(s.start, s.end, s.value) for s in spoken_addresses(body)]
    for start, end, address in sorted(found):
        if before.search(body[max(0, start - _REACH) : start]):
            left = body.rfind("\n", 0, start) + 1
            right = body.find("\n", end)
            return Fact(address, Evidence(body[left : right if right != -1 else len(body)].strip(), BODY))
    return None
