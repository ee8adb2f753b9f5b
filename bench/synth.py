"""A synthetic tracker of a given size: seed TOML files, an updates CSV, and the same
shape as a Taskwarrior import file.

Everything is drawn from a fixed random seed, so a size always yields the same data.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

from accord.domain.model import AREAS, COMMITMENT_KINDS

CSV_COLUMNS = ("commitment", "date", "status", "progress", "note", "evidence", "author", "party")
LAST_DAY = dt.date(2025, 12, 31)
DOCUMENT_KINDS = ("joint-statement", "declaration", "agreement", "memorandum", "plan")
PARTY_SETS = (("CN", "KG"), ("CN", "KZ"), ("CN", "UZ"), ("CN", "TJ"), ("CN", "KG", "UZ"), ("KZ", "KG"),
              ("RU", "KG"), ("CN", "TM"), ("UZ", "KG", "TJ"), ("CN", "KZ", "KG", "TJ", "UZ"))
PLACES = ("Xi’an", "Astana", "Bishkek", "Tashkent", "Dushanbe", "Beijing", "Samarkand", "Shanghai", "Ashgabat")
AUTHORS = ("aida", "timur", "li wei", "nodira", "sergey", "zhanna")
STATUS_PATH = ("in-progress", "in-progress", "stalled", "in-progress", "partial", "fulfilled", "broken")

VERBS = ("Build", "Expand", "Deepen", "Strengthen", "Establish", "Promote", "Advance", "Launch", "Complete",
         "Support", "Develop", "Facilitate", "Upgrade", "Jointly study", "Accelerate", "Modernise")
OBJECTS = {
    "politics": ("high-level exchanges", "the comprehensive strategic partnership", "inter-party dialogue"),
    "security": ("joint counter-terrorism exercises", "border security cooperation", "law-enforcement training"),
    "trade": ("bilateral trade volume", "e-commerce platforms", "agricultural export quotas", "trade fairs"),
    "investment": ("industrial parks", "the joint investment fund", "mutual investment protection"),
    "finance": ("local-currency settlement", "the development fund", "bank correspondent networks"),
    "connectivity": ("the cross-border railway", "the North–South highway", "border crossing points",
                     "international road transport", "logistics hubs", "new air routes"),
    "energy": ("the hydropower cascade", "the gas pipeline line D", "solar power plants", "grid interconnection"),
    "industry": ("the cement plant", "mining and metallurgy projects", "textile processing capacity"),
    "agriculture": ("water-saving irrigation", "plant quarantine protocols", "livestock breeding centres"),
    "digital": ("cross-border fibre links", "the digital silk road", "satellite navigation services"),
    "science": ("joint laboratories", "the academies' research programme", "seismological monitoring"),
    "culture": ("cultural centres", "tourism years", "film co-productions", "heritage restoration"),
    "education": ("university scholarships", "Confucius Institutes", "vocational training workshops"),
    "health": ("traditional medicine centres", "pandemic preparedness", "hospital construction"),
    "environment": ("glacier monitoring", "desertification control", "green development projects"),
    "multilateral": ("coordination within the SCO", "the China–Central Asia mechanism", "UN reform positions"),
}
QUALIFIERS = ("by 2027", "in border regions", "under the intergovernmental committee", "through pilot projects",
              "with the development fund", "in line with national priorities", "at the next summit",
              "within the Belt and Road framework", "on a commercial basis")
CLAUSES = (
    "in accordance with the principles of mutual respect, equality and mutual benefit",
    "taking into account the national conditions and development strategies of both countries",
    "and will instruct the competent authorities to draw up a concrete implementation plan",
    "so as to deliver tangible benefits to the peoples of the two countries",
    "and welcomed the progress achieved since the previous meeting of heads of state",
    "and agreed to give full play to the role of the intergovernmental cooperation committee",
    "while ensuring environmental protection and the safety of personnel and facilities",
    "and expressed readiness to mobilise financing from policy banks and private investors",
)
NOTES = (
    "Working group met in {place}; draft roadmap circulated to ministries",
    "Feasibility study completed and handed to the intergovernmental committee",
    "Financing agreement signed; first tranche disbursed according to the ministry",
    "Construction contract awarded after tender; site preparation has begun",
    "No visible activity since the last summit; officials cite funding gaps",
    "Ministry press release reports the first phase commissioned on schedule",
    "Local media report delays due to land acquisition disputes near {place}",
    "Joint commission protocol signed in {place}; targets restated for next year",
)


@dataclass(frozen=True)
class Size:
    name: str
    commitments: int  # 0: the shipped seeds only
    updates: int
    documents: int = 10


SIZES = {
    "seeds": Size("seeds", 0, 20),
    "small": Size("small", 200, 2_000),
    "1k": Size("1k", 1_000, 10_000),
    "10k": Size("10k", 10_000, 100_000),
}


@dataclass
class CommitmentSpec:
    id: str
    document: str
    document_date: dt.date
    title: str
    area: str
    parties: tuple[str, ...]
    quote: str = ""
    kind: str = "project"
    tags: tuple[str, ...] = ()
    deadline: str | None = None
    reaffirms: tuple[str, ...] = ()
    updates: list[dict] = field(default_factory=list)


@dataclass
class Dataset:
    """What the benchmark needs to know about the generated tracker."""

    size: Size
    commitments: list[CommitmentSpec]
    area: str  # the area that `list --area` filters on
    show_id: str  # a commitment with a typical number of updates

    @property
    def update_count(self) -> int:
        return sum(len(c.updates) for c in self.commitments)


# -- commitments ------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_commitments(size: Size, rng: random.Random) -> list[CommitmentSpec]:
    """``size.commitments`` commitments over ``size.documents`` documents, oldest document first."""
    documents = [_document_head(i, size.documents, rng) for i in range(size.documents)]
    specs: list[CommitmentSpec] = []
    for index in range(size.commitments):
        doc_id, doc_date, parties = documents[index * size.documents // size.commitments]
        area = AREAS[rng.randrange(len(AREAS))]
        obj = rng.choice(OBJECTS[area])
        title = f"{rng.choice(VERBS)} {obj} {rng.choice(QUALIFIERS)}"[:80].rstrip()
        spec = CommitmentSpec(id=f"{slug(obj)[:32].rstrip('-')}-{index:05d}", document=doc_id,
                              document_date=doc_date, title=title, area=area, parties=parties,
                              quote=_quote(title, rng), kind=rng.choice(COMMITMENT_KINDS),
                              tags=tuple(sorted({slug(w) for w in rng.sample(obj.split(), min(2, len(obj.split())))})),
                              deadline=_deadline(doc_date, rng))
        earlier = [s for s in specs[-200:] if s.document != doc_id]
        if earlier and rng.random() < 0.15:
            spec.reaffirms = (rng.choice(earlier).id,)
        specs.append(spec)
    return specs


def _document_head(index: int, count: int, rng: random.Random) -> tuple[str, dt.date, tuple[str, ...]]:
    day = dt.date(2014, 1, 1) + dt.timedelta(days=int(index * 3650 / max(count, 1)) + rng.randrange(60))
    return f"bench-doc-{index:02d}", day, PARTY_SETS[index % len(PARTY_SETS)]


def _quote(title: str, rng: random.Random) -> str:
    first = f"The two sides agreed to {title[0].lower()}{title[1:]}, {rng.choice(CLAUSES)}."
    second = f"They {rng.choice(('noted', 'stressed', 'reaffirmed'))} that they will act {rng.choice(CLAUSES)}, " \
             f"{rng.choice(CLAUSES)}."
    return f"{first} {second}"


def _deadline(after: dt.date, rng: random.Random) -> str | None:
    roll = rng.random()
    year = after.year + rng.randint(1, 8)
    if roll < 0.15:
        return str(year)
    if roll < 0.25:
        return f"{year}-{rng.randint(1, 12):02d}"
    if roll < 0.30:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return None


# -- updates ----------------------------------------------------------------------------


def assign_updates(specs: list[CommitmentSpec], total: int, rng: random.Random) -> None:
    """Spread ``total`` updates over the commitments (unevenly), each commitment's dated in order."""
    if not specs:
        return
    weights = [rng.choice((1, 1, 1, 2, 3)) for _ in specs]
    counts = [0] * len(specs)
    for index in rng.choices(range(len(specs)), weights=weights, k=total):
        counts[index] += 1
    for spec, count in zip(specs, counts):
        spec.updates = _history(spec, count, rng)


def _history(spec: CommitmentSpec, count: int, rng: random.Random) -> list[dict]:
    first = spec.document_date + dt.timedelta(days=30)
    span = (LAST_DAY - first).days
    days = sorted(rng.sample(range(span), min(count, span)))  # distinct days: no two analysts disagree
    progress, updates = 0, []
    for step, offset in enumerate(days):
        status = STATUS_PATH[min(step * len(STATUS_PATH) // max(count, 1), len(STATUS_PATH) - 1)] \
            if rng.random() < 0.6 else ""
        if rng.random() < 0.5:
            progress = min(100, progress + rng.randint(1, 20))
            progress = 100 if status == "fulfilled" else progress  # fulfilled means done: accord refuses less
            shown = str(progress)
        else:
            shown = ""
        updates.append({
            "commitment": spec.id,
            "date": (first + dt.timedelta(days=offset)).isoformat(),
            "status": status,
            "progress": shown,
            "note": f"{rng.choice(NOTES).format(place=rng.choice(PLACES))} (#{step + 1})",
            "evidence": f"https://example.org/{spec.id}/{step + 1}" if rng.random() < 0.3 else "",
            "author": rng.choice(AUTHORS),
            "party": rng.choice(spec.parties) if status and rng.random() < 0.2 else "",
        })
    return updates


# -- the dataset, and writing it ----------------------------------------------------------


def build(size: Size, shipped: list[CommitmentSpec], *, seed: int = 20250518) -> Dataset:
    """The commitments of ``size`` (the shipped ones for `seeds`), with their updates."""
    rng = random.Random(seed)
    specs = shipped if size.commitments == 0 else make_commitments(size, rng)
    assign_updates(specs, size.updates, rng)
    area = "connectivity"
    in_area = sorted((c for c in specs if c.area == area), key=lambda c: len(c.updates))
    show = in_area[len(in_area) // 2] if in_area else specs[len(specs) // 2]
    return Dataset(size=size, commitments=specs, area=area, show_id=show.id)


def write_seeds(dataset: Dataset, folder: Path) -> list[Path]:
    """One seed file per document, in the documented format; none for the shipped seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    if dataset.size.commitments == 0:
        return []
    by_document: dict[str, list[CommitmentSpec]] = {}
    for spec in dataset.commitments:
        by_document.setdefault(spec.document, []).append(spec)
    paths = []
    for doc_id, specs in by_document.items():
        first = specs[0]
        data = {"document": {"id": doc_id, "title": f"Joint statement {doc_id[-2:]} on comprehensive cooperation",
                             "date": first.document_date, "place": PLACES[len(paths) % len(PLACES)],
                             "parties": list(first.parties), "kind": DOCUMENT_KINDS[len(paths) % len(DOCUMENT_KINDS)]},
                "commitments": [_commitment_table(s) for s in specs]}
        path = folder / f"{first.document_date.isoformat()}-{doc_id}.toml"
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
        paths.append(path)
    return paths


def _commitment_table(spec: CommitmentSpec) -> dict:
    table = {"id": spec.id, "title": spec.title, "quote": spec.quote, "area": spec.area,
             "parties": list(spec.parties), "kind": spec.kind, "tags": list(spec.tags)}
    if spec.deadline:
        table["deadline"] = spec.deadline
    if spec.reaffirms:
        table["reaffirms"] = list(spec.reaffirms)
    table["status"] = "pledged"
    return table


def write_updates_csv(dataset: Dataset, path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for spec in dataset.commitments:
            writer.writerows(spec.updates)
    return path


def write_taskwarrior_json(dataset: Dataset, path: Path) -> Path:
    """The same tracker as Taskwarrior tasks: one per commitment, project = area, one
    annotation per update."""
    tasks = [_task(spec) for spec in dataset.commitments]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def task_uuid(commitment_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"accord-bench:{commitment_id}"))


def _task(spec: CommitmentSpec) -> dict:
    task = {"uuid": task_uuid(spec.id), "description": spec.title, "project": spec.area, "status": "pending",
            "entry": _tw_time(spec.document_date), "tags": list(spec.tags)}
    if spec.deadline:
        task["due"] = _tw_time(_deadline_end(spec.deadline))
    if spec.updates:
        task["annotations"] = [{"entry": _tw_time(dt.date.fromisoformat(u["date"])),
                                "description": _annotation(u)} for u in spec.updates]
    return task


def _annotation(update: dict) -> str:
    head = " ".join(filter(None, [update["status"], f"{update['progress']}%" if update["progress"] else ""]))
    return f"[{head}] {update['note']}" if head else update["note"]


def _tw_time(day: dt.date) -> str:
    return day.strftime("%Y%m%dT120000Z")


def _deadline_end(deadline: str) -> dt.date:
    parts = [int(p) for p in deadline.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def shipped_specs() -> list[CommitmentSpec]:
    """The commitments of the shipped seed files, as specs to hang updates on."""
    from accord.tracker.seeds import load_files, seed_files

    catalog = load_files(seed_files())
    return [CommitmentSpec(id=c.id, document=c.document,
                           document_date=dt.date.fromisoformat(catalog.documents[c.document].date),
                           title=c.title, area=c.area, parties=c.parties, quote=c.quote, kind=c.kind,
                           tags=c.tags, deadline=c.deadline, reaffirms=c.reaffirms)
            for c in catalog.commitments.values()]
