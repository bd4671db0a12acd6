"""Error codes of 帮助与反馈 (desks, feedback tickets, customer service)."""
from core.errors import AppError


class DeskUnavailable(AppError):
    status, code, message = 404, "support.desk_unavailable", "该医院暂未开通帮助与反馈"


class TicketNotFound(AppError):
    status, code, message = 404, "support.ticket_not_found", "问题反馈不存在"


class TicketClosed(AppError):
    status, code, message = 409, "support.ticket_closed", "该问题反馈已关闭，如仍有问题请重新提交"


class ThreadFull(AppError):
    status, code, message = 409, "support.thread_full", "该问题反馈的补充说明已达上限，请等待医院回复或重新提交"


class TooManyTickets(AppError):
    status, code, message = 429, "support.too_many_tickets", "今日提交的问题反馈过多，请明天再试"


class TooManyImages(AppError):
    status, code, message = 429, "support.too_many_images", "上传图片过于频繁，请稍后再试"


class ImageTokenInvalid(AppError):
    """details.index: which of the images (0-based)."""

    status, code, message = 422, "support.image_invalid", "图片已失效，请重新上传"


class SenderOnly(AppError):
    status, code, message = 403, "support.sender_only", "仅小程序或 H5 用户可以提交问题反馈"


class ChatNotFound(AppError):
    status, code, message = 404, "support.chat_not_found", "客服会话不存在"


class ChatTaken(AppError):
    """details.seat: who took it."""

    status, code, message = 409, "support.chat_taken", "该会话已由其他客服接入"


class ChatClosed(AppError):
    status, code, message = 409, "support.chat_closed", "该客服会话已结束"


class TooManyChats(AppError):
    status, code, message = 429, "support.too_many_chats", "今日发起的客服会话过多，请明天再试或提交问题反馈"
