"""Links to a CV kept elsewhere (Google Drive, Dropbox, Canva, LinkedIn, WeTransfer, OneDrive…).

They are recognised, recorded on the case and shown to the coordinator, and never fetched: opening them
would tell the host (and its trackers) that the applicant's file was read, and bring unvetted content in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The services, as data: (name shown to the coordinator, pattern of the host and path that hold a file).
SERVICES: tuple[tuple[str, str], ...] = (
    ("Google Drive", r"(?:drive|docs)\.google\.com/"),
    ("Dropbox", r"(?:www\.)?dropbox\.com/(?:s|scl|sh)/|db\.tt/"),
    ("Canva", r"(?:www\.)?canva\.com/design/|canva\.link/"),
    ("LinkedIn", r"(?:[a-z]{2,3}\.)?linkedin\.com/in/|lnkd\.in/"),
    ("WeTransfer", r"(?:www\.)?wetransfer\.com/downloads/|we\.tl/"),
    ("OneDrive", r"onedrive\.live\.com/|1drv\.ms/|[\w-]+\.sharepoint\.com/"),
    ("iCloud", r"(?:www\.)?icloud\.com/iclouddrive/"),
    ("SwissTransfer", r"(?:www\.)?swisstransfer\.com/d/"),
    ("Smallpdf", r"(?:www\.)?smallpdf\.com/(?:file|result)"),
)
_SERVICE_RES = tuple(
    (name, re.compile(rf"^(?:https?://)?(?:{pattern})", re.IGNORECASE)) for name, pattern in SERVICES
)
# A URL with its scheme, or one written without it («linkedin.com/in/…», «www.dropbox.com/s/…»).
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»\]\[{}|\\^`]+|\b[\w.-]+\.(?:com|ms|tt|in|tl|link)/[^\s<>\"'«»\]\[{}|\\^`]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)’'»"
_MAX_LINKS = 10


@dataclass(frozen=True)
class CvLink:
    service: str
    url: str

    def as_dict(self) -> dict[str, str]:
        return {"service": self.service, "url": self.url}


def find_cv_links(text: str) -> list[CvLink]:
    """The links to CV-hosting services in ``text``, in order, each once; other links are ignored."""
    found: list[CvLink] = []
    seen: set[str] = set()
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        service = next((name for name, pattern in _SERVICE_RES if pattern.match(url)), None)
        if service is None or url.lower() in seen:
            continue
        seen.add(url.lower())
        found.append(CvLink(service, url if url.lower().startswith("http") else "https://" + url))
        if len(found) >= _MAX_LINKS:
            break
    return found
