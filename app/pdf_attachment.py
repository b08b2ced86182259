"""Reading the case file back out of a report PDF, without a PDF library at run time.

Reports embed the case as a standard PDF file attachment (an /EmbeddedFiles
name tree pointing at a /Filespec whose /EF entry is the file's stream), as
Qt's ``QPdfWriter.addFileAttachment`` writes it. This reader follows exactly
that structure and inflates the stream with a size cap; a PDF made otherwise
(object streams, other filters) is refused with a message rather than guessed.
"""

from __future__ import annotations

import re
import zlib

from advisor.case import FILE_SUFFIX, MAX_FILE_BYTES, CaseError

_FILESPEC = re.compile(rb"/EF\s*<<\s*/F\s+(\d+)\s+(\d+)\s+R")
_NOT_FOUND = ("Deze PDF bevat geen casus van Methodewijzer. Alleen een rapport dat Methodewijzer zelf heeft "
              "gemaakt, kan als casus worden geïmporteerd. Er is niets veranderd.")


def _object(pdf: bytes, number: bytes, generation: bytes) -> bytes | None:
    match = re.search(rb"(?:^|[\r\n])" + number + rb"\s+" + generation + rb"\s+obj\b", pdf)
    return None if match is None else pdf[match.end():]


def _stream_bytes(body: bytes) -> bytes | None:
    dictionary_end = body.find(b"stream")
    if dictionary_end < 0 or body.find(b"endobj") < dictionary_end:
        return None
    head = body[:dictionary_end]
    start = dictionary_end + len(b"stream")
    start += 2 if body[start:start + 2] == b"\r\n" else 1
    if b"/Filter" not in head:
        end = body.find(b"endstream", start)
        return body[start:end].rstrip(b"\r\n")[:MAX_FILE_BYTES + 1]
    if not re.search(rb"/Filter\s*/FlateDecode\b", head):
        return None
    inflater = zlib.decompressobj()
    try:
        return inflater.decompress(body[start:], MAX_FILE_BYTES + 1)
    except zlib.error:
        return None


def case_bytes_from_pdf(pdf: bytes) -> bytes:
    """The embedded case file's bytes (at most one byte over the size limit, so that is caught)."""
    for spec in _FILESPEC.finditer(pdf):
        before = pdf[max(0, spec.start() - 400):spec.start()]
        names = re.findall(rb"/(?:UF|F)\s*\(((?:\\.|[^\\)])*)\)", before)
        if names and not _is_case_name(names[-1]):
            continue
        body = _object(pdf, spec.group(1), spec.group(2))
        data = None if body is None else _stream_bytes(body)
        if data is not None:
            return data
    raise CaseError(_NOT_FOUND)


def _is_case_name(raw: bytes) -> bool:
    if raw.startswith(b"\xfe\xff"):
        text = raw[2:].decode("utf-16-be", errors="replace")
    else:
        text = raw.decode("latin-1")
    return text.endswith(FILE_SUFFIX)
