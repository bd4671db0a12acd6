"""Invoice lines of the businesses whose orders have more than one thing in them.

Why: a medicine order's invoice lists each medicine and the delivery fee (an invoice of one line
"药品订单" tells the payer nothing); the rows are read from pharmacy's and rx's tables, registered
per payment purpose in core/wiring.py (core.invoices.service.register_lines).
"""
from __future__ import annotations


async def pharmacy_order(order_id: int) -> list[dict]:
    from core.pharmacy.models import RxOrder
    from core.rx.models import PrescriptionItem

    order = await RxOrder.get_or_none(id=order_id)
    if order is None:
        return []
    items = await PrescriptionItem.filter(prescription_id=order.prescription_id).order_by("seq")
    lines = [{"name": f"{i.drug_name} {i.strength}".strip(), "quantity": i.quantity, "unit": i.unit,
              "amount_fen": i.amount_fen} for i in items]
    if order.delivery_fen:
        lines.append({"name": "配送费", "quantity": 1, "unit": "次", "amount_fen": order.delivery_fen})
    return lines
