"""Conversations in the service (MariaDB in CI): one copy per client id, a gap-free sequence
under concurrent senders, resume, cursors, recall, system items, closing, who may read."""
from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest

from core.audit.models import AuditLog
from core.conversations import service as conversations
from core.conversations.errors import (
    ClientIdReused, ConversationClosed, ConversationNotFound, MessageNotFound, ReadOnly, RecallExpired, RecallRefused,
)
from core.conversations.models import ChatMessage, Conversation, Participant
from core.events.models import EventOutbox
from core.principal import SYSTEM, Principal
from tests import factories


def j(answer):
    """A service's answer (its output model) as the JSON a client receives."""
    return answer.model_dump(mode="json")


def mp(account_id: int) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}")


async def _pair(**extra):
    from core.accounts.models import MpAccount

    a = await MpAccount.create(openid="o-a")
    b = await MpAccount.create(openid="o-b")
    conv = await conversations.open_conversation(
        actor=SYSTEM, kind="consult", ref_type="test", ref_id="1", title="图文咨询",
        parties=[{"kind": "mp", "id": a.id, "role": "patient", "name": "王*明"},
                 {"kind": "mp", "id": b.id, "role": "doctor", "name": "李医生", **extra}])
    return mp(a.id), mp(b.id), conv.id


async def test_a_resend_is_answered_with_the_stored_message():
    a, b, cid = await _pair()
    first = j(await conversations.send_text(actor=a, conversation_id=cid, client_id="c-1", text="你好"))
    again = j(await conversations.send_text(actor=a, conversation_id=cid, client_id="c-1", text="你好"))
    assert first["duplicate"] is False and again["duplicate"] is True
    assert again["message"] == first["message"]
    # The same id from the other participant is another message (unique per sender).
    other = j(await conversations.send_text(actor=b, conversation_id=cid, client_id="c-1", text="您好"))
    assert other["message"]["seq"] == 2
    with pytest.raises(ClientIdReused):
        j(await conversations.send_text(actor=a, conversation_id=cid, client_id="c-1", text="别的内容"))
    assert await ChatMessage.filter(conversation_id=cid).count() == 2
    assert (await Conversation.get(id=cid)).last_seq == 2
    # One event per stored message, published after the commit, with ids only (no text).
    events = await EventOutbox.filter(name="conversations.message").order_by("id")
    assert [e.payload for e in events] == [{"conversation": cid, "seq": 1, "kind": "text"},
                                           {"conversation": cid, "seq": 2, "kind": "text"}]
    assert {e.topic for e in events} == {f"conversation:{cid}"}


async def test_racing_resends_store_one_copy_and_leave_no_gap():
    a, b, cid = await _pair()
    answers = [j(x) for x in await asyncio.gather(*(conversations.send_text(
        actor=a, conversation_id=cid, client_id="same", text="挂号问题") for _ in range(8)))]
    assert sorted(x["duplicate"] for x in answers) == [False] + [True] * 7
    assert {x["message"]["id"] for x in answers} == {answers[0]["message"]["id"]}
    nxt = j(await conversations.send_text(actor=b, conversation_id=cid, client_id="n", text="好的"))
    assert nxt["message"]["seq"] == 2  # the rolled-back attempts took no number


async def test_concurrent_senders_get_a_gap_free_sequence():
    a, b, cid = await _pair()

    async def burst(actor, tag):
        return [j(await conversations.send_text(actor=actor, conversation_id=cid, client_id=f"{tag}{i}", text=tag))
                for i in range(15)]

    results = await asyncio.gather(*(burst(a if n % 2 else b, f"t{n}-") for n in range(6)))
    seqs = sorted(r["message"]["seq"] for rs in results for r in rs)
    assert seqs == list(range(1, 91))
    stored = await ChatMessage.filter(conversation_id=cid).order_by("seq").values_list("seq", flat=True)
    assert stored == list(range(1, 91))
    assert (await Conversation.get(id=cid)).last_seq == 90
    # Each sender's own messages are in the order it sent them.
    for rs in results:
        assert [r["message"]["seq"] for r in rs] == sorted(r["message"]["seq"] for r in rs)


async def test_history_pages_forward_from_a_sequence():
    a, b, cid = await _pair()
    for i in range(7):
        j(await conversations.send_text(actor=a if i % 2 else b, conversation_id=cid, client_id=f"h{i}", text=str(i)))
    page = j(await conversations.history(actor=a, conversation_id=cid, after_seq=2, limit=3))
    assert [m["seq"] for m in page["items"]] == [3, 4, 5] and page["has_more"] and page["last_seq"] == 7
    page = j(await conversations.history(actor=a, conversation_id=cid, after_seq=5, limit=3))
    assert [m["seq"] for m in page["items"]] == [6, 7] and not page["has_more"]
    assert (j(await conversations.history(actor=a, conversation_id=cid, after_seq=7)))["items"] == []


async def test_cursors_move_forward_only_and_sending_reads():
    a, b, cid = await _pair()
    for i in range(3):
        j(await conversations.send_text(actor=a, conversation_id=cid, client_id=f"m{i}", text="?"))
    rows = {r["id"]: r for r in (j(await conversations.my_conversations(actor=b)))["items"]}
    assert rows[cid]["unread"] == 3
    assert (j(await conversations.my_conversations(actor=a)))["items"][0]["unread"] == 0
    assert j(await conversations.mark(actor=b, conversation_id=cid, delivered_seq=3)) == {"delivered_seq": 3,
                                                                                       "read_seq": 0}
    assert j(await conversations.mark(actor=b, conversation_id=cid, read_seq=2)) == {"delivered_seq": 3, "read_seq": 2}
    assert j(await conversations.mark(actor=b, conversation_id=cid, read_seq=1, delivered_seq=1)) == {
        "delivered_seq": 3, "read_seq": 2}
    assert j(await conversations.mark(actor=b, conversation_id=cid, read_seq=99)) == {"delivered_seq": 3,
                                                                                   "read_seq": 3}
    shown = j(await conversations.detail(actor=a, conversation_id=cid))
    assert {p["party"]: (p["delivered_seq"], p["read_seq"]) for p in shown["participants"]} == {
        f"mp:{a.id}": (3, 3), f"mp:{b.id}": (3, 3)}
    reads = await EventOutbox.filter(name="conversations.read").values_list("payload", flat=True)
    assert [r["read_seq"] for r in reads] == [2, 3]


async def test_recall_within_two_minutes_by_the_sender():
    a, b, cid = await _pair()
    sent = (j(await conversations.send_text(actor=a, conversation_id=cid, client_id="r1", text="发错了")))["message"]
    with pytest.raises(RecallRefused):
        j(await conversations.recall(actor=b, conversation_id=cid, seq=sent["seq"]))
    with pytest.raises(MessageNotFound):
        j(await conversations.recall(actor=a, conversation_id=cid, seq=99))
    done = j(await conversations.recall(actor=a, conversation_id=cid, seq=sent["seq"]))
    assert done["message"]["kind"] == "recall" and done["message"]["recall_seq"] == 1 and done["message"]["seq"] == 2
    assert (j(await conversations.recall(actor=a, conversation_id=cid, seq=1)))["duplicate"] is True
    for who in (a, b):  # both sides see the same
        items = (j(await conversations.history(actor=who, conversation_id=cid)))["items"]
        assert items[0]["recalled"] is True and items[0]["text"] == "消息已撤回"
        assert "发错了" not in json.dumps(items, ensure_ascii=False)
    original = await ChatMessage.get(conversation_id=cid, seq=1)
    assert json.loads(original.body)["text"] == "发错了" and original.recalled_at is not None  # kept for the record
    late = (j(await conversations.send_text(actor=a, conversation_id=cid, client_id="r2", text="晚了")))["message"]
    await ChatMessage.filter(conversation_id=cid, seq=late["seq"]).update(
        created_at=(await ChatMessage.get(conversation_id=cid, seq=late["seq"])).created_at - dt.timedelta(seconds=121))
    with pytest.raises(RecallExpired):
        j(await conversations.recall(actor=a, conversation_id=cid, seq=late["seq"]))
    with pytest.raises(RecallRefused):
        j(await conversations.recall(actor=a, conversation_id=cid, seq=2))  # a recall item is no message


async def test_system_items_share_the_sequence_and_closing_makes_it_read_only():
    a, b, cid = await _pair()
    j(await conversations.send_text(actor=a, conversation_id=cid, client_id="q", text="医生您好"))
    accepted = j(await conversations.post_system(actor=SYSTEM, conversation_id=cid, event="accepted",
                                               text="医生已接诊", key="accepted"))
    again = j(await conversations.post_system(actor=SYSTEM, conversation_id=cid, event="accepted",
                                            text="医生已接诊", key="accepted"))
    assert accepted["seq"] == again["seq"] == 2 and accepted["sender"] == "system:0"
    end = j(await conversations.close(actor=SYSTEM, conversation_id=cid, reason="ended", text="问诊已结束"))
    assert end["seq"] == 3 and end["system"]["event"] == "ended"
    assert (j(await conversations.close(actor=SYSTEM, conversation_id=cid, reason="ended", text="问诊已结束")))["seq"] == 3
    with pytest.raises(ConversationClosed):
        j(await conversations.send_text(actor=b, conversation_id=cid, client_id="late", text="补充"))
    with pytest.raises(ConversationClosed):
        j(await conversations.post_system(actor=SYSTEM, conversation_id=cid, event="refunded", text="已退款", key="r"))
    # A resend of what was stored before the end is still answered.
    assert (j(await conversations.send_text(actor=a, conversation_id=cid, client_id="q", text="医生您好")))["duplicate"]
    page = j(await conversations.history(actor=a, conversation_id=cid))
    assert [m["seq"] for m in page["items"]] == [1, 2, 3] and page["state"] == "closed"
    assert (j(await conversations.detail(actor=a, conversation_id=cid)))["can_write"] is False
    assert await AuditLog.filter(action="conversations.close", target_id=str(cid)).count() == 1
    closed = await EventOutbox.filter(name="conversations.closed").values_list("payload", flat=True)
    assert closed == [{"conversation": cid, "recheck": True}]


async def test_strangers_and_read_only_parties():
    a, b, cid = await _pair(can_write=False)
    stranger = mp(b.id + 1000)
    with pytest.raises(ConversationNotFound):
        j(await conversations.history(actor=stranger, conversation_id=cid))
    with pytest.raises(ConversationNotFound):
        j(await conversations.send_text(actor=stranger, conversation_id=cid, client_id="x", text="hi"))
    with pytest.raises(ConversationNotFound):
        j(await conversations.history(actor=a, conversation_id=cid + 1000))
    assert await AuditLog.filter(action="conversations.read", outcome="denied", target_id=str(cid)).exists()
    with pytest.raises(ReadOnly):
        j(await conversations.send_text(actor=b, conversation_id=cid, client_id="x", text="hi"))
    await conversations.remove_participant(actor=SYSTEM, conversation_id=cid, party_kind="mp", party_id=a.id)
    with pytest.raises(ConversationNotFound):
        j(await conversations.history(actor=a, conversation_id=cid))
    assert not await ChatMessage.filter(conversation_id=cid).exists()
    assert await Participant.filter(conversation_id=cid, left_at__isnull=False).count() == 1


async def test_a_relative_reads_only_while_the_grant_lasts():
    from core.family import service as family_service

    father = await factories.mp_patient_account("王大明")
    daughter = await factories.mp_patient_account("王小红")
    family = await factories.family_of(father, daughter)
    grant = (await factories.family_grant(family, father, daughter, "appointments"))[0]
    conv = await conversations.open_conversation(actor=SYSTEM, kind="consult", parties=[
        {"kind": "mp", "id": father.actor.id, "role": "patient"},
        {"kind": "mp", "id": daughter.actor.id, "role": "relative", "for_patient_id": father.patient.id,
         "grant_scope": "appointments"}])
    j(await conversations.send_text(actor=daughter.actor, conversation_id=conv.id, client_id="d1", text="我替父亲问"))
    await family_service.revoke(actor=father.actor, family_id=family.id, grant_id=grant.id)
    with pytest.raises(ConversationNotFound):
        j(await conversations.send_text(actor=daughter.actor, conversation_id=conv.id, client_id="d2", text="还在吗"))
    assert len((j(await conversations.history(actor=father.actor, conversation_id=conv.id)))["items"]) == 1


async def test_refused_sends_leave_no_gap_and_a_departed_party_cannot_resend():
    """A send is first tried as the common case inside its transaction (a writing participant acting
    for nobody, conversation open, client id new); every other case rolls that attempt back whole,
    counter included, and is answered as before by the checked way."""
    a, b, cid = await _pair(can_write=False)
    stranger = mp(b.id + 1000)
    first = j(await conversations.send_text(actor=a, conversation_id=cid, client_id="a1", text="第一条"))
    assert first["message"]["seq"] == 1
    assert (await Participant.get(conversation_id=cid, party_id=a.id)).read_seq == 1
    with pytest.raises(ConversationNotFound):
        await conversations.send_text(actor=stranger, conversation_id=cid, client_id="s1", text="hi")
    with pytest.raises(ReadOnly):
        await conversations.send_text(actor=b, conversation_id=cid, client_id="b1", text="hi")
    again = j(await conversations.send_text(actor=a, conversation_id=cid, client_id="a1", text="第一条"))
    assert again["duplicate"] is True and again["message"]["seq"] == 1
    second = j(await conversations.send_text(actor=a, conversation_id=cid, client_id="a2", text="第二条"))
    assert second["message"]["seq"] == 2  # nothing refused took a number
    assert (await Conversation.get(id=cid)).last_seq == 2
    await conversations.remove_participant(actor=SYSTEM, conversation_id=cid, party_kind="mp", party_id=a.id)
    # Gone: neither a new message nor the resend of one stored while it took part is answered.
    with pytest.raises(ConversationNotFound):
        await conversations.send_text(actor=a, conversation_id=cid, client_id="a3", text="第三条")
    with pytest.raises(ConversationNotFound):
        await conversations.send_text(actor=a, conversation_id=cid, client_id="a1", text="第一条")
    assert await ChatMessage.filter(conversation_id=cid).order_by("seq").values_list("seq", "client_id") == [
        (1, "a1"), (2, "a2")]
    assert (await Conversation.get(id=cid)).last_seq == 2
    assert await AuditLog.filter(action="conversations.send", outcome="denied", target_id=str(cid)).count() == 3
    assert await EventOutbox.filter(name="conversations.message").count() == 2
