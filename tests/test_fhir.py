"""``export --format fhir``: a FHIR R4 Bundle, validated with fhir.resources (R4B)."""

import datetime as dt
import json
import os

from fhir.resources.R4B.bundle import Bundle

from diary.cli import main
from diary.core.function import PgicAnswer
from diary.core.records import Entry, Procedure
from diary.store import DiaryStore

D0 = dt.date(2026, 3, 2)


def test_fhir_bundle_validates_and_holds_everything(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as store:
        proc = store.add_procedure(Procedure(D0, "rfa", "T6-T8", "right", 7, "left side first"))
        store.add_procedure(Procedure(D0 - dt.timedelta(days=30), "block", "T7", "left"))
        store.add_entries(
            [
                Entry(D0, "08:30", 6, 2, 3, "before"),
                Entry(D0 + dt.timedelta(days=1), None, 5),
                Entry(D0 + dt.timedelta(days=2), None, None, 4, note="numb only"),
            ]
        )
        a, b = store.set_activities(proc.id, ["sitting", "turning in bed"])
        store.rate_activities(D0, {a.id: 2, b.id: 3})
        store.save_pgic(PgicAnswer(proc.id, 28, D0 + dt.timedelta(days=28), 2))
        store.save_pgic(PgicAnswer(proc.id, 91, D0 + dt.timedelta(days=91), None))
        store.set_setting("patient_name", "Ann Example")
    out = tmp_path / "diary.json"
    assert main(["export", "--db", str(db), "--format", "fhir", str(out)]) == 0
    assert os.stat(out).st_mode & 0o777 == 0o600
    data = json.loads(out.read_text())
    bundle = Bundle.model_validate(data)  # raises on anything R4 does not allow
    assert bundle.type == "collection"
    resources = [e.resource for e in bundle.entry]
    kinds = [r.__resource_type__ for r in resources]
    assert kinds.count("Procedure") == 2 and kinds.count("Patient") == 1
    obs = [r for r in resources if r.__resource_type__ == "Observation"]
    pain = [o for o in obs if o.code.coding[0].system == "http://loinc.org"]
    assert [o.code.coding[0].code for o in pain] == ["72514-3", "72514-3"]
    assert [o.valueInteger for o in pain] == [6, 5]
    assert pain[0].effectiveDateTime.isoformat().startswith("2026-03-02T08:30")
    own = [o.code.coding[0] for o in obs if o.code.coding[0].system != "http://loinc.org"]
    assert sorted(c.code for c in own) == [
        "numbness",
        "numbness",
        "pgic",
        "pgic",
        "psfs-ability",
        "psfs-ability",
        "soreness",
    ]
    pgic = [o for o in obs if o.code.coding[0].code == "pgic"]
    assert pgic[0].valueCodeableConcept.coding[0].display == "much improved"
    assert pgic[1].dataAbsentReason.coding[0].code == "asked-declined"
    # Every reference points inside the bundle; the same diary gives the same ids.
    urls = {e.fullUrl for e in bundle.entry}
    subjects = [r.subject.reference for r in resources if getattr(r, "subject", None)]
    assert len(subjects) == len(resources) - 1 and set(subjects) <= urls
    again = tmp_path / "again.json"
    main(["export", "--db", str(db), "--format", "fhir", str(again)])
    assert [e["fullUrl"] for e in json.loads(again.read_text())["entry"]] == [
        e["fullUrl"] for e in data["entry"]
    ]
    capsys.readouterr()
