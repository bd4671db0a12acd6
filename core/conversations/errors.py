"""Error codes of conversations."""
from core.errors import AppError


class ConversationNotFound(AppError):
    status, code, message = 404, "conversations.not_found", "会话不存在"


class ConversationClosed(AppError):
    status, code, message = 409, "conversations.closed", "会话已结束，不能再发送消息"


class ReadOnly(AppError):
    status, code, message = 403, "conversations.read_only", "您在该会话中只能查看，不能发送消息"


class MessageNotFound(AppError):
    status, code, message = 404, "conversations.message_not_found", "消息不存在"


class RecallExpired(AppError):
    status, code, message = 409, "conversations.recall_expired", "消息发出超过2分钟，不能撤回"


class RecallRefused(AppError):
    status, code, message = 403, "conversations.recall_refused", "只能撤回自己发送的消息"


class ClientIdReused(AppError):
    status, code, message = 409, "conversations.client_id_reused", "该消息编号已用于另一条不同的消息"
