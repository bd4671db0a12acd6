"""Error codes of the pharmacy: addresses, medicine orders, the window, carriers."""
from core.errors import AppError


class AddressNotFound(AppError):
    status, code, message = 404, "pharmacy.address_not_found", "收货地址不存在"


class TooManyAddresses(AppError):
    status, code, message = 409, "pharmacy.too_many_addresses", "收货地址最多保存 20 个"


class OrderNotFound(AppError):
    status, code, message = 404, "pharmacy.order_not_found", "药品订单不存在"


class IllegalTransition(AppError):
    status, code, message = 409, "pharmacy.illegal_transition", "订单当前状态不能进行此操作"


class AlreadyOrdered(AppError):
    status, code, message = 409, "pharmacy.already_ordered", "该处方已下单购药"


class NothingToPay(AppError):
    status, code, message = 409, "pharmacy.nothing_to_pay", "该订单无需支付"


class PrescriptionUnavailable(AppError):
    status, code, message = 409, "pharmacy.prescription_unavailable", "该处方不能购药（未通过审核或已失效）"


class DeliveryFeeMissing(AppError):
    status, code, message = 409, "pharmacy.delivery_unavailable", "医院暂未开通配送（收费字典中没有启用的配送费）"


class CodeUnknown(AppError):
    status, code, message = 404, "pharmacy.code_unknown", "取药码无效"


class CodeUsed(AppError):
    status, code, message = 409, "pharmacy.code_used", "该取药码已使用"


class NotReady(AppError):
    status, code, message = 409, "pharmacy.not_ready", "药品尚未调配完成，请先发药"


class CarrierFailed(AppError):
    status, code, message = 502, "pharmacy.carrier_failed", "物流公司接口暂不可用，请稍后重试"


class WaybillUnknown(AppError):
    """The carrier answers that it has no such waybill (a parcel made against another carrier
    installation, e.g. a development loopback since restarted): nothing to apply, nothing broken here."""
    status, code, message = 409, "pharmacy.waybill_unknown", "物流公司查无此运单，请核对运单号或联系物流公司"


class ShipmentNotFound(AppError):
    status, code, message = 404, "pharmacy.shipment_not_found", "物流单不存在"


class TrackingRejected(AppError):
    status, code, message = 401, "pharmacy.tracking_rejected", "物流推送验签失败"


class TrackingMalformed(AppError):
    status, code, message = 400, "pharmacy.tracking_malformed", "物流推送格式错误"
