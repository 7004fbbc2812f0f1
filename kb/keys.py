"""Claims about the same thing share a key: subject, metric, reporting period, normalized unit."""
from __future__ import annotations

from ingest.units import normalize


def claim_key(subject: str | None, metric: str, period_start: str | None, unit: str | None,
              has_value: bool, period_end: str | None = None) -> str:
    """Claims about the same thing share a key: subject, metric, the year (or the quarter or half year a
    figure covers: third-quarter revenue is not the year's), the normalized unit.

    Dateless plans and forecasts key without a year: their periods are what sources disagree on.
    """
    _, base = normalize(1.0, unit)
    bucket = reporting_period(period_start, period_end) if has_value else ""
    return "|".join([subject or "", metric, bucket, base or ""])


def reporting_period(start: str | None, end: str | None) -> str:
    """'2026' for a year or less precise, '2026-Q3' for a calendar quarter, '2026-H1' for a half year."""
    year = (start or "")[:4]
    if not (start and end) or start[:4] != end[:4] or start[8:] != "01":
        return year
    months = int(end[5:7]) - int(start[5:7]) + 1
    first = int(start[5:7])
    if months == 3 and first % 3 == 1:
        return f"{year}-Q{first // 3 + 1}"
    if months == 6 and first in (1, 7):
        return f"{year}-H{1 if first == 1 else 2}"
    return year


def normalized(row: dict) -> dict:
    v, unit = normalize(row.get("value"), row.get("unit"))
    lo, _ = normalize(row.get("low"), row.get("unit"))
    hi, _ = normalize(row.get("high"), row.get("unit"))
    return {"norm_value": v, "norm_low": lo, "norm_high": hi, "norm_unit": unit,
            "claim_key": claim_key(row.get("subject"), row["metric"], row.get("period_start"), row.get("unit"),
                                   any(row.get(k) is not None for k in ("value", "low", "high")), row.get("period_end"))}
