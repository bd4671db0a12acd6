"""The doctor's prescriptions in the workstation (seed 004 医生工作站 处方审核拒绝处理, 医嘱处理时间轴;
医生移动端 处方): the tab 我的处方 lists them by state, one opens with its reviews, the rules' findings with
their rule versions, the pharmacist's reasons, appeals, the signature's validity and the timeline; a
rejected one is accepted (接受拒绝: it becomes void and its revision opens in the prescribing panel,
prefilled) or appealed once with a reason (申诉).

Why a page driven by script (admin_web/static/rx-doctor.js) like 我的诊室: the revision is written in the
same prescribing panel as during the consultation (templates/admin/workstation/_rx.html +
static/consult-rx.js, whose live rules preview needs a script anyway), and everything is read from and
decided by the workstation's prescription API (/api/admin/v1/workstation/rx, core/rx). `panel_context`
is what any page including the panel gives its template.
"""
from __future__ import annotations

import json

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import page
from core.dicts import medical
from core.doctors import workbench
from core.doctors.models import TemplateKind
from core.errors import AppError
from core.rx.context import FREQUENCIES
from core.rx.states import LABELS, State


async def names_of(templates) -> dict:
    """The drug and charge-item names of structured bodies (a body keeps ids; the dictionaries name them)."""
    drug_ids, charge_ids = set(), set()
    for t in templates:
        rxs = [t.prescription] if getattr(t, "prescription", None) else []
        order_set = getattr(t, "order_set", None)
        if order_set:
            rxs += list(order_set.prescriptions)
            charge_ids |= {i for r in order_set.requests for i in r.items}
        drug_ids |= {i.drug_id for rx in rxs for i in rx.items}
    drugs = await medical.drugs_by_ids(drug_ids) if drug_ids else {}
    try:
        charges = await medical.require_charge_items(sorted(charge_ids)) if charge_ids else []
    except AppError:  # one disabled or gone: the ids are shown as they are
        charges = []
    return {"drugs": {d.id: {"name": d.generic_name, "strength": d.strength, "dose_unit": d.dose_unit, "unit": d.unit}
                      for d in drugs.values()},
            "charges": {c.id: {"name": c.name, "price_fen": c.price_fen} for c in charges}}


async def panel_names(actor) -> str:
    """The names of the drugs and charge items in the doctor's 处方模板 and 医嘱套, for the panel (JSON)."""
    listed = []
    for kind in (TemplateKind.prescription, TemplateKind.order_set):
        got = await workbench.list_templates(actor=actor, kind=kind)
        listed += [*got.mine, *got.shared]
    return json.dumps(await names_of(listed), ensure_ascii=False)


def panel_context() -> dict:
    """What templates/admin/workstation/_rx.html needs: the frequency codes the rules know, in order."""
    return {"rx_frequencies": [(code, (label, n)) for code, (label, n) in FREQUENCIES.items()]}


@bp.get("/workstation/rx")
@page
async def workstation_rx(request: Request):
    from admin_web.pages.workstation import _frame

    # The states a doctor looks for first: what needs an answer (未通过), then what waits.
    order = (State.REJECTED, State.PENDING_REVIEW, State.APPEALED, State.APPROVED, State.DRAFT, State.VOID,
             State.REVOKED, State.EXPIRED)
    return await _frame(request, "rx", "admin/workstation/rx.html", rx_states=[(s.value, LABELS[s]) for s in order],
                        rx_names=await panel_names(request.ctx.actor), **panel_context())
