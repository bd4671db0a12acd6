"""No stored PDF carries active content (issue 9, point 7).

A record room's scan was stamped and handed to the patient with its `/OpenAction`
JavaScript intact, and application attachments were stored byte for byte. Every stored
PDF now goes through media/uploads.py's sanitiser. The PDFs here are real ones, crafted
with pypdf to carry every kind of active content a reader acts on; what is stored (and
what a patient downloads) is read back with pypdf and searched independently of the
sanitiser's own code."""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, IndirectObject,
                           NameObject, TextStringObject)

from core.assessment import institutions as institutions_svc
from core.assessment.models import AssessmentApplication
from core.orgs.models import OrgNode
from core.records import service as records
from core.records.models import RecordRequest
from media.storage import get_storage
from tests import factories
from tests.records.test_service import submitted, world

ADMIN = "/api/admin/v1/records"
_ACTIVE_KEYS = {"/OpenAction", "/AA", "/JavaScript", "/JS", "/EmbeddedFiles", "/EF", "/XFA"}
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/GoToR"}


def _name(value: str) -> NameObject:
    return NameObject(value)


def _js(code: str) -> DictionaryObject:
    return DictionaryObject({_name("/S"): _name("/JavaScript"), _name("/JS"): TextStringObject(code)})


def _annot(subtype: str, **entries) -> DictionaryObject:
    d = DictionaryObject({_name("/Type"): _name("/Annot"), _name("/Subtype"): _name(subtype),
                          _name("/Rect"): ArrayObject([FloatObject(72), FloatObject(72), FloatObject(144),
                                                       FloatObject(96)])})
    d.update({_name(f"/{k}"): v for k, v in entries.items()})
    return d


def active_pdf(pages: int = 2) -> bytes:
    """A real scan-like PDF with JavaScript at open, on close, in the names tree, on a page,
    chained after a web link and as a javascript: link; a Launch link; an embedded .exe
    (names tree and a file attachment annotation); an XFA form."""
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(factories.pdf_pages(pages))))
    root = w._root_object
    root[_name("/OpenAction")] = w._add_object(_js("app.alert('opened')"))
    root[_name("/AA")] = DictionaryObject({_name("/WC"): _js("app.alert('closing')")})
    w.add_attachment("payload.exe", b"MZ\x90\x00 an embedded program")
    root["/Names"].get_object()[_name("/JavaScript")] = DictionaryObject(
        {_name("/Names"): ArrayObject([TextStringObject("init"), w._add_object(_js("app.alert('names')"))])})
    root[_name("/AcroForm")] = DictionaryObject({_name("/Fields"): ArrayObject(),
                                                 _name("/XFA"): w._add_object(DecodedStreamObject())})
    page = w.pages[0]
    page[_name("/AA")] = DictionaryObject({_name("/O"): _js("app.alert('page open')")})
    launch = _annot("/Link", A=DictionaryObject({_name("/S"): _name("/Launch"),
                                                 _name("/F"): TextStringObject("cmd.exe")}))
    web = _annot("/Link", A=DictionaryObject({_name("/S"): _name("/URI"),
                                              _name("/URI"): TextStringObject("https://www.example.org/"),
                                              _name("/Next"): _js("app.alert('after the link')")}))
    script_link = _annot("/Link", A=DictionaryObject({_name("/S"): _name("/URI"),
                                                      _name("/URI"): TextStringObject("javascript:app.alert(1)")}))
    embedded = DecodedStreamObject()
    embedded.set_data(b"MZ\x90\x00 another program")
    embedded[_name("/Type")] = _name("/EmbeddedFile")
    attached = _annot("/FileAttachment", FS=DictionaryObject({
        _name("/Type"): _name("/Filespec"), _name("/F"): TextStringObject("tool.exe"),
        _name("/EF"): DictionaryObject({_name("/F"): w._add_object(embedded)})}))
    page[_name("/Annots")] = ArrayObject([w._add_object(a) for a in (launch, web, script_link, attached)])
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def active_content(pdf: bytes) -> list[str]:
    """Everything active a reader could find in the file, by walking every object from the trailer."""
    reader = PdfReader(io.BytesIO(pdf))
    found, seen, stack = [], set(), [reader.trailer]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
            obj = obj.get_object()
        if isinstance(obj, dict):
            found += [k for k in obj if k in _ACTIVE_KEYS]
            if obj.get("/S") in _ACTIVE_ACTIONS:
                found.append(str(obj["/S"]))
            if obj.get("/S") == "/URI" and not str(obj.get("/URI", "")).startswith("https://"):
                found.append(f"URI {obj.get('/URI')}")
            if obj.get("/Subtype") == "/FileAttachment" or obj.get("/Type") == "/EmbeddedFile":
                found.append(str(obj.get("/Subtype") or obj.get("/Type")))
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)
    if reader.attachments:
        found.append("attachments")
    for raw in (b"an embedded program", b"another program"):  # not even as orphan objects
        if raw in pdf:
            found.append(raw.decode())
    return found


def test_the_crafted_pdf_really_carries_what_the_sanitiser_must_remove():
    found = set(active_content(active_pdf()))
    assert {"/OpenAction", "/AA", "/JavaScript", "/JS", "/EmbeddedFiles", "/EF", "/XFA", "/Launch",
            "URI javascript:app.alert(1)",
            "/FileAttachment", "attachments", "an embedded program", "another program"} <= found


async def test_an_uploaded_record_copy_is_stored_and_downloaded_without_active_content():
    w = await world()
    req = await submitted(w)
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    done = await records.upload_copy(actor=w.staff, request_id=req.id, pdf=active_pdf(3))
    assert done.state == "ready" and done.pages == 3
    row = await RecordRequest.get(id=req.id)
    stored = get_storage().get(row.document_key)
    assert active_content(stored) == []
    reader = PdfReader(io.BytesIO(stored))
    # The document itself is intact: its pages, its text, its web link (without what was chained to it).
    assert [p.extract_text().strip() for p in reader.pages] == [f"Scanned page {i} of 3" for i in (1, 2, 3)]
    links = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert [a["/A"]["/URI"] for a in links if "/A" in a] == ["https://www.example.org/"]
    assert reader.metadata["/HuiyiRequest"] == row.number
    # What the patient downloads (stamped) is as clean.
    link = await records.download_link(actor=w.me.actor, request_id=row.id)
    _, pdf = await records.download(token=link.url.rsplit("/", 1)[-1])
    assert active_content(pdf) == [] and row.number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


async def test_a_copy_stored_before_sanitising_existed_is_cleaned_when_stamped():
    w = await world()
    req = await submitted(w)
    await records.review(actor=w.staff, request_id=req.id, approve=True)
    await records.upload_copy(actor=w.staff, request_id=req.id, pdf=factories.pdf_pages(1))
    old = get_storage().put(active_pdf(1))  # as an upload was kept before issue 9
    await RecordRequest.filter(id=req.id).update(document_key=old)
    link = await records.download_link(actor=w.me.actor, request_id=req.id)
    _, pdf = await records.download(token=link.url.rsplit("/", 1)[-1])
    assert active_content(pdf) == []


async def test_upload_over_http_cleans_an_active_pdf_and_refuses_one_that_does_not_parse(client):
    w = await world()
    bad, good = await submitted(w), await submitted(w)
    for req in (bad, good):
        await records.review(actor=w.staff, request_id=req.id, approve=True)
    account = await factories.admin(w.hospital, roles=("record_room",))
    async with factories.AdminSession(client, account.username) as staff:
        broken = active_pdf(1)[:-400]  # cut through its cross-reference table
        for body in (broken, b"%PDF-1.7\n1 0 obj << /OpenAction 2 0 R >> endobj\n%%EOF"):
            r = await staff.post(f"{ADMIN}/requests/{bad.id}/copy",
                                 files={"file": ("copy.pdf", body, "application/pdf")})
            assert r.status_code == 422 and r.json()["code"] == "media.not_a_pdf", r.text
            assert r.json()["message"]
        r = await staff.post(f"{ADMIN}/requests/{good.id}/copy",
                             files={"file": ("copy.pdf", active_pdf(2), "application/pdf")})
        assert r.status_code == 201, r.text
    assert (await RecordRequest.get(id=bad.id)).document_key is None
    row = await RecordRequest.get(id=good.id)
    assert active_content(get_storage().get(row.document_key)) == []


async def test_an_application_attachment_is_stored_without_active_content():
    t = await factories.tree()
    await OrgNode.filter(id=t.hospital_a1.id).update(may_apply_assessment=True)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    app = await institutions_svc.submit_application(
        actor=hospital, statement="申请", files=[institutions_svc.Upload("资质证明.pdf", active_pdf(2))])
    row = await AssessmentApplication.get(id=app.id)
    stored = get_storage().get(row.attachments[0]["key"])
    assert active_content(stored) == []
    assert len(PdfReader(io.BytesIO(stored)).pages) == 2 and row.attachments[0]["size"] == len(stored)
