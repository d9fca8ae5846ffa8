"""Our reference as it stands in a subject, "[PP-000012]": the templates print it, replies carry it back.

Apart from the store's models so that reading a message (classify.py, hence `propulse extract`) does not
import SQLAlchemy and the store: about 36 MB of each extracting process (measured with ru_maxrss).
"""

from __future__ import annotations

import re

# Any number of digits: an applicant may retype it shorter, and reading it must not depend on that.
CASE_TOKEN = re.compile(r"\[(PP-\d+)\]")
