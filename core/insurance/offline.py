"""The development loopback of the insurance e-prescription centre, under /dev/insurance/.

Why: saving an insurance e-prescription needs the regional centre, which a developer does not have.
With INSURANCE_OFFLINE (on by default in development without INSURANCE_API_BASE; production refuses
it in Settings.check and these routes are then never registered) the service answers as the centre
itself (core/insurance/loopback.py, the same centre tests/insurance_stub.py serves) and points
INSURANCE_API_BASE here, so `make run` goes through the real client and its signatures.

The centre's people are played by two routes: `POST /dev/insurance/control/<hiRxno>/review
{"passed": true, "opinion"?}` (the centre's pharmacist decides) and `POST /dev/insurance/control/<hiRxno>/pickup`
(a designated pharmacy dispenses); each then notifies us, signed as the protocol says, by handing
the notification to the same handler our notify endpoint uses (core/insurance/notices.py).
`GET /dev/insurance/control/prescriptions` lists what the loopback holds (one process: `make run`
serves with --single-process).
"""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from core.errors import NotFound
from core.http import json_object, ok
from core.insurance import notices, protocol
from core.insurance.errors import NoticeRejected
from core.insurance.loopback import LoopbackCentre, Refusal
from core.settings import get_settings

PREFIX = "/dev/insurance"
_centre: LoopbackCentre | None = None


def loopback() -> LoopbackCentre:
    global _centre
    s = get_settings()
    if _centre is None or (_centre.app_id, _centre.secret) != (s.insurance_app_id, s.insurance_app_secret):
        _centre = LoopbackCentre(app_id=s.insurance_app_id, secret=s.insurance_app_secret)
    return _centre


async def _notify(kind: str, hi_rxno: str) -> dict:
    path, headers, body = loopback().notice(kind, hi_rxno)
    try:
        answer = await notices.handle(kind=kind, headers=headers, body=body)
    except NoticeRejected as exc:
        answer = exc.to_dict(None)
    return {"notice": path, "answer": answer}


bp = Blueprint("insurance_offline", url_prefix=PREFIX)


def _interface(path: str):
    async def answer(request: Request) -> HTTPResponse:
        status, headers, body = loopback().handle(path, dict(request.headers), request.body or b"")
        return raw(body, status=status, headers={k: v for k, v in headers.items() if k != "Content-Type"},
                   content_type=headers["Content-Type"])

    answer.__name__ = "centre_" + path.replace("/", "_").replace("-", "_")
    return answer


for _path in protocol.PATHS.values():
    bp.add_route(_interface(_path), "/" + _path, methods=["POST"])


async def play(hi_rxno: str, step: str, *, passed: bool = True, opinion: str = "") -> tuple[int, dict]:
    """The centre's people act on a prescription (step: review / pickup), then the centre notifies us."""
    if hi_rxno not in loopback().rx:
        raise NotFound(details={"hiRxno": hi_rxno[:40]})
    try:
        result = (loopback().review(hi_rxno, passed=passed, opinion=opinion[:200]) if step == "review"
                  else loopback().pick_up(hi_rxno))
    except Refusal as r:
        return 409, {"code": r.code, "message": r.message}
    return 200, {step: result, **await _notify(step, hi_rxno)}


@bp.post("/control/<hi_rxno:str>/review")
async def review(request: Request, hi_rxno: str):
    body = json_object(request)
    status, answer = await play(hi_rxno, "review", passed=bool(body.get("passed", True)),
                                opinion=str(body.get("opinion", "")))
    return ok(answer, status=status)


@bp.post("/control/<hi_rxno:str>/pickup")
async def pickup(request: Request, hi_rxno: str):
    status, answer = await play(hi_rxno, "pickup")
    return ok(answer, status=status)


def held() -> list[dict]:
    return [{"hiRxno": rx.hi_rxno, "rxNo": rx.payload.get("rxNo"), "state": rx.state, "review": rx.review,
             "pickup": rx.pickup} for rx in reversed(list(loopback().rx.values()))]


@bp.get("/control/prescriptions")
async def prescriptions(request: Request):
    return ok({"items": held()})
