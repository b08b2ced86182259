"""The ranked list as CSV that Dutch Excel opens correctly: semicolons, UTF-8 with a BOM."""

from __future__ import annotations

import csv
import io

from advisor.matcher import RankedMethod

HEADER = ("plaats", "id", "methode", "paragraaf", "score", "zekerheid")


def ranking_csv(results: tuple[RankedMethod, ...] | list[RankedMethod]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in results:
        # Decimal commas, as a Dutch spreadsheet expects next to a semicolon separator.
        writer.writerow((r.rank, r.method.id, r.method.name, r.method.section,
                         f"{r.score:.1f}".replace(".", ","), f"{r.confidence:.3f}".replace(".", ",")))
    return out.getvalue().encode("utf-8-sig")
