"""Plain text (charset detected), RTF (a small stripper) and legacy .doc (only through a Debian tool)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from intake.documents.limits import DocumentProblem, ExtractionLimits


def extract_txt(payload: bytes, limits: ExtractionLimits) -> str:
    if payload.startswith(b"\xef\xbb\xbf"):
        return payload[3:].decode("utf-8", errors="replace")
    if payload.startswith((b"\xff\xfe", b"\xfe\xff")):
        return payload.decode("utf-16", errors="replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Western European text is the norm here; cp1252 is trusted when it yields ordinary characters only,
    # because statistical detection is unreliable on the short texts people attach.
    try:
        western = payload.decode("cp1252")
        plain = sum(ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"()-–—•/@+&%€°«»’" for ch in western)
        if plain >= 0.97 * max(1, len(western)):
            return western
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(payload[:200_000]).best()
        if best is not None and best.encoding:
            return payload.decode(best.encoding, errors="replace")
    except Exception:  # detection is a nicety; cp1252 is the usual French answer
        pass
    return payload.decode("cp1252", errors="replace")


_RTF_SKIP_DESTINATIONS = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "headerl",
    "headerr",
    "footerl",
    "footerr",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "xmlnstbl",
    "mmathPr",
    "fldinst",
}
_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+")


def extract_rtf(payload: bytes, limits: ExtractionLimits) -> str:
    """A deliberately small RTF reader: text, paragraphs, \\'xx cp1252 escapes and \\uN characters."""
    source = payload.decode("latin-1")
    out: list[str] = []
    stack: list[bool] = []
    skipping = False
    uc_skip = 0
    pending_star = False
    for m in _RTF_TOKEN.finditer(source):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if brace == "{":
            stack.append(skipping)
            pending_star = False
            continue
        if brace == "}":
            skipping = stack.pop() if stack else False
            continue
        if symbol == "*":
            pending_star = True
            continue
        if word:
            if pending_star or word in _RTF_SKIP_DESTINATIONS:
                skipping = True
                pending_star = False
                continue
            if skipping:
                continue
            if word in {"par", "line", "row", "sect", "page"}:
                out.append("\n")
            elif word in {"tab", "cell"}:
                out.append("\t")
            elif word == "u" and arg is not None:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                uc_skip = 1
            continue
        if skipping:
            continue
        if hexbyte:
            if uc_skip:
                uc_skip -= 1
                continue
            out.append(bytes([int(hexbyte, 16)]).decode("cp1252", errors="replace"))
            continue
        if symbol:
            if symbol in "\\{}":
                out.append(symbol)
            elif symbol == "~":
                out.append(" ")
            continue
        if text:
            if uc_skip:
                text = text[uc_skip:]
                uc_skip = 0
            out.append(text)
    result = "".join(out)
    return re.sub(r"\n{3,}", "\n\n", result).strip()


# antiword first (installed by .ci/run; measured in docs/documents.md), catdoc as a fallback. Each is asked
# for UTF-8: antiword's default is Latin-1, which loses «œ» and «’».
_DOC_TOOLS = {"antiword": ["-m", "UTF-8.txt"], "catdoc": ["-d", "utf-8"]}


def find_doc_tool() -> str | None:
    for tool in _DOC_TOOLS:
        path = shutil.which(tool)
        if path:
            return path
    return None


def extract_doc(payload: bytes, limits: ExtractionLimits) -> str:
    tool = find_doc_tool()
    if tool is None:
        raise DocumentProblem("format Word 97-2003 (.doc) non pris en charge sur ce serveur")
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(payload)
        tmp.flush()
        try:
            done = subprocess.run(
                [tool, *_DOC_TOOLS[Path(tool).name], tmp.name],
                capture_output=True, timeout=max(1.0, limits.timeout_seconds), check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise DocumentProblem("lecture du fichier .doc trop longue, abandonnée") from exc
    if done.returncode != 0:
        raise DocumentProblem("fichier .doc illisible")
    return done.stdout.decode("utf-8", errors="replace").strip()
