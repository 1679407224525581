"""The diary as a FHIR R4 Bundle (type "collection") for a clinic's portal.

Pain is an Observation coded LOINC 72514-3 (pain severity 0–10, reported);
numbness, soreness, each activity's ability (PSFS) and the global impression (PGIC)
are Observations coded in the app's own code system; each procedure is a Procedure.
Plain dicts (JSON-ready); the tests validate them with fhir.resources' R4B models.
"""

from __future__ import annotations

import datetime as dt
import uuid

from diary import __version__
from diary.core.function import PGIC_ANSWERS, PGIC_POINTS, AbilityRating, Activity, PgicAnswer
from diary.core.records import KIND_LABELS, SIDE_LABELS, Entry, Procedure

LOINC = "http://loinc.org"
APP_SYSTEM = "urn:relief-diary:measure"  # the app's own code system
PGIC_SYSTEM = "urn:relief-diary:pgic"
PAIN_CODE = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
APP_CODES = {
    "numbness": "Numbness or tingling in the treated area, 0-10 (patient reported)",
    "soreness": "Soreness at the procedure site, 0-10 (patient reported)",
    "psfs-ability": "Patient-Specific Functional Scale: ability in one activity, 0-10",
    "pgic": "Patient Global Impression of Change since the procedure, 1-7",
}
# Stable ids: the same diary exported twice gives the same resource ids.
_NAMESPACE = uuid.UUID("5d1f6c1e-8d0b-4d89-9f55-2c3f0e8b1a13")


def _urn(*parts: object) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def _when(day: dt.date, time: str | None) -> str:
    """A day, or a local time with this computer's UTC offset (FHIR wants one)."""
    if not time:
        return day.isoformat()
    local = dt.datetime.combine(day, dt.time.fromisoformat(time)).astimezone()
    return local.isoformat(timespec="seconds")


def _quantity(value: int, unit: str = "score") -> dict:
    return {"value": value, "unit": unit}


def _observation(url: str, code: dict, when: str, patient: str, **value) -> dict:
    return {
        "fullUrl": url,
        "resource": {
            "resourceType": "Observation",
            "status": "final",
            "category": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "survey",
                        }
                    ]
                }
            ],
            "code": code,
            "subject": {"reference": patient},
            "effectiveDateTime": when,
            **value,
        },
    }


def _app_code(code: str, text: str | None = None) -> dict:
    out = {"coding": [{"system": APP_SYSTEM, "code": code, "display": APP_CODES[code]}]}
    if text:
        out["text"] = text
    return out


def fhir_bundle(
    entries: list[Entry],
    procedures: list[Procedure],
    activities: list[Activity],
    ratings: list[AbilityRating],
    pgic: list[PgicAnswer],
    patient_name: str = "",
    now: dt.datetime | None = None,
) -> dict:
    now = now or dt.datetime.now(dt.UTC)
    patient_url = _urn("patient")
    patient: dict = {"resourceType": "Patient"}
    if patient_name:
        patient["name"] = [{"text": patient_name}]
    items: list[dict] = [{"fullUrl": patient_url, "resource": patient}]
    proc_urls = {}
    for p in procedures:
        url = _urn("procedure", p.id, p.day)
        proc_urls[p.id] = url
        resource = {
            "resourceType": "Procedure",
            "status": "completed",
            "code": {
                "coding": [{"system": APP_SYSTEM, "code": f"procedure-{p.kind.value}"}],
                "text": KIND_LABELS[p.kind],
            },
            "subject": {"reference": patient_url},
            "performedDateTime": p.day.isoformat(),
        }
        site = " ".join(x for x in (p.levels, SIDE_LABELS[p.side] if p.side else "") if x)
        if site:
            resource["bodySite"] = [{"text": site}]
        notes = []
        if p.baseline is not None:
            notes.append(f"Usual pain before the procedure (baseline): {p.baseline}/10")
        if p.note:
            notes.append(p.note)
        if notes:
            resource["note"] = [{"text": n} for n in notes]
        items.append({"fullUrl": url, "resource": resource})
    pain_code = {"coding": [{"system": LOINC, "code": PAIN_CODE[0], "display": PAIN_CODE[1]}]}
    for n, e in enumerate(entries):
        when = _when(e.day, e.time)
        first = True
        for measure in ("pain", "numbness", "soreness"):
            value = e.rating(measure)
            if value is None:
                continue
            code = pain_code if measure == "pain" else _app_code(measure)
            extra = {}
            if first and e.note:
                extra["note"] = [{"text": e.note}]
                first = False
            items.append(
                _observation(
                    _urn("entry", e.id or n, measure, when),
                    code,
                    when,
                    patient_url,
                    valueInteger=value,
                    **extra,
                )
            )
    for r in ratings:
        items.append(
            _observation(
                _urn("ability", r.day, r.activity),
                _app_code("psfs-ability", f"Ability: {r.activity}"),
                r.day.isoformat(),
                patient_url,
                valueInteger=r.ability,
            )
        )
    points = dict(PGIC_POINTS)
    for a in pgic:
        extra: dict = {}
        if a.answer is None:
            extra["dataAbsentReason"] = {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                        "code": "asked-declined",
                    }
                ]
            }
        else:
            extra["valueCodeableConcept"] = {
                "coding": [
                    {
                        "system": PGIC_SYSTEM,
                        "code": str(a.answer),
                        "display": PGIC_ANSWERS[a.answer],
                    }
                ]
            }
        if a.procedure_id in proc_urls:
            extra["partOf"] = [{"reference": proc_urls[a.procedure_id]}]
        items.append(
            _observation(
                _urn("pgic", a.procedure_id, a.point_days),
                _app_code("pgic", f"Global impression of change, {points[a.point_days]}"),
                a.day.isoformat(),
                patient_url,
                **extra,
            )
        )
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.isoformat(timespec="seconds"),
        "meta": {"tag": [{"system": APP_SYSTEM, "code": f"relief-diary-{__version__}"}]},
        "entry": items,
    }
