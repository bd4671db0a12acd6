"""Conversations over HTTP (/api/mp/v1/conversations): sending text, images and voice with
their checks, idempotent resends, paging from a sequence, cursors, recall; strangers answered
like a missing conversation; bad input in the one error model, nothing stored."""
from __future__ import annotations

import io

from PIL import Image

from core.accounts.models import MpAccount
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.principal import SYSTEM, Principal
from tests import factories
from tests.conversations import media

API = "/api/mp/v1/conversations"


async def _setup():
    a = await MpAccount.create(openid="o-api-a")
    b = await MpAccount.create(openid="o-api-b")
    conv = await conversations.open_conversation(actor=SYSTEM, kind="consult", title="图文咨询", parties=[
        {"kind": "mp", "id": a.id, "role": "patient", "name": "王*明"},
        {"kind": "mp", "id": b.id, "role": "doctor", "name": "李医生"}])
    pa, pb = Principal(kind="mp", id=a.id), Principal(kind="mp", id=b.id)
    return ({"Authorization": "Bearer " + factories.mp_token(pa)},
            {"Authorization": "Bearer " + factories.mp_token(pb)}, conv.id)


async def test_text_messages_resend_page_and_cursors(client):
    ha, hb, cid = await _setup()
    r = await client.post(f"{API}/{cid}/messages", headers=ha, json={"client_id": "m-1", "text": "医生您好"})
    assert r.status_code == 200, r.text
    first = r.json()
    assert first["duplicate"] is False and first["message"]["seq"] == 1 and first["message"]["kind"] == "text"
    again = await client.post(f"{API}/{cid}/messages", headers=ha, json={"client_id": "m-1", "text": "医生您好"})
    assert again.json() == {**first, "duplicate": True}
    for i in range(2, 6):
        await client.post(f"{API}/{cid}/messages", headers=hb, json={"client_id": f"b-{i}", "text": f"回复{i}"})
    page = (await client.get(f"{API}/{cid}/messages?after_seq=1&limit=2", headers=ha)).json()
    assert [m["seq"] for m in page["items"]] == [2, 3] and page["has_more"] and page["last_seq"] == 5
    rows = (await client.get(API, headers=ha)).json()
    assert rows["total"] == 1 and rows["items"][0]["unread"] == 4
    r = await client.post(f"{API}/{cid}/cursor", headers=ha, json={"read_seq": 5})
    assert r.json() == {"delivered_seq": 5, "read_seq": 5}
    shown = (await client.get(f"{API}/{cid}", headers=hb)).json()
    assert shown["state"] == "open" and shown["can_write"] and shown["last_seq"] == 5
    assert {p["role"]: p["read_seq"] for p in shown["participants"]} == {"patient": 5, "doctor": 5}


async def test_bad_text_and_strangers(client):
    ha, hb, cid = await _setup()
    for body in ({"client_id": "x", "text": ""}, {"client_id": "x", "text": "   "}, {"client_id": "x", "text": "长" * 2001},
                 {"client_id": "有空格 的", "text": "hi"}, {"client_id": "x" * 65, "text": "hi"},
                 {"client_id": "x", "text": "a\x00b"}, {"text": "hi"}, {"client_id": "x", "text": "hi", "kind": "html"}):
        r = await client.post(f"{API}/{cid}/messages", headers=ha, json=body)
        assert (r.status_code, r.json()["code"]) == (422, "request.validation_failed"), body
    stranger = {"Authorization": "Bearer " + factories.mp_token(Principal(kind="mp", id=99999))}
    for method, path, kw in (("get", f"{API}/{cid}", {}), ("get", f"{API}/{cid}/messages", {}),
                             ("post", f"{API}/{cid}/messages", {"json": {"client_id": "s", "text": "hi"}}),
                             ("post", f"{API}/{cid}/messages/1/recall", {}),
                             ("post", f"{API}/{cid}/cursor", {"json": {"read_seq": 1}}),
                             ("get", f"{API}/{cid + 1}/messages", {})):
        r = await getattr(client, method)(path, headers=stranger, **kw)
        assert (r.status_code, r.json()["code"]) == (404, "conversations.not_found"), path
    assert (await client.get(f"{API}/{cid}/messages")).status_code == 401
    assert not await ChatMessage.filter(conversation_id=cid).exists()


async def test_images_are_re_encoded_and_non_images_refused(client):
    ha, hb, cid = await _setup()
    r = await client.post(f"{API}/{cid}/images", headers=ha, data={"client_id": "img-1"},
                          files={"image": ("x.png", media.photo((2400, 1800)), "image/png")})
    assert r.status_code == 200, r.text
    message = r.json()["message"]
    assert message["kind"] == "image" and message["media"]["content_type"] == "image/jpeg"
    assert max(message["media"]["width"], message["media"]["height"]) == 1600
    shown = await client.get(message["media"]["url"])
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(shown.content)).format == "JPEG"
    again = await client.post(f"{API}/{cid}/images", headers=ha, data={"client_id": "img-1"},
                              files={"image": ("x.png", media.photo((2400, 1800)), "image/png")})
    assert again.json()["duplicate"] is True and again.json()["message"]["seq"] == 1
    for data, status, code in ((b"GIF89a not really", 422, "media.not_an_image"),
                               (media.voice("mp3"), 422, "media.not_an_image"),
                               (media.photo()[:200], 422, "media.truncated"),
                               (b"\xff" * (2 * 1024 * 1024 + 1), 413, "media.too_large")):
        r = await client.post(f"{API}/{cid}/images", headers=ha, data={"client_id": "img-bad"},
                              files={"image": ("x.jpg", data, "image/jpeg")})
        assert (r.status_code, r.json()["code"]) == (status, code), r.text
    r = await client.post(f"{API}/{cid}/images", headers=ha, data={"client_id": "img-2"})
    assert (r.status_code, r.json()["code"]) == (422, "request.validation_failed")
    assert await ChatMessage.filter(conversation_id=cid).count() == 1


async def test_voice_is_checked_by_content(client):
    ha, hb, cid = await _setup()
    for n, (container, ctype) in enumerate((("mp3", "audio/mpeg"), ("ipod", "audio/mp4"), ("adts", "audio/mp4"))):
        r = await client.post(f"{API}/{cid}/voices", headers=ha, data={"client_id": f"v-{n}"},
                              files={"voice": ("rec.aac", media.voice(container, 3.0, title="我的秘密"),
                                               "audio/aac")})
        assert r.status_code == 200, r.text
        m = r.json()["message"]
        assert m["kind"] == "voice" and m["media"]["content_type"] == ctype
        assert 2900 <= m["media"]["duration_ms"] <= 3200
        stored = await client.get(m["media"]["url"])
        assert stored.status_code == 200 and stored.headers["content-type"] == ctype
        assert "我的秘密".encode() not in stored.content  # the tags did not travel
    for data, status, code in ((media.wav(), 422, "media.not_audio"),
                               (media.photo(fmt="JPEG"), 422, "media.not_audio"),
                               (b"ID3" + b"\x00" * 500, 422, "media.not_audio"),
                               (media.voice("mp3", 61.0), 422, "media.audio_too_long"),
                               (media.voice("ipod", 0.1), 422, "media.audio_too_short"),
                               (b"\x00" * (2 * 1024 * 1024 + 1), 413, "media.too_large")):
        r = await client.post(f"{API}/{cid}/voices", headers=ha, data={"client_id": "v-bad"},
                              files={"voice": ("rec.mp3", data, "audio/mpeg")})
        assert (r.status_code, r.json()["code"]) == (status, code), r.text
    assert await ChatMessage.filter(conversation_id=cid).count() == 3


async def test_recall_over_http(client):
    ha, hb, cid = await _setup()
    sent = (await client.post(f"{API}/{cid}/messages", headers=ha, json={"client_id": "r", "text": "发错"})).json()
    r = await client.post(f"{API}/{cid}/messages/{sent['message']['seq']}/recall", headers=hb)
    assert (r.status_code, r.json()["code"]) == (403, "conversations.recall_refused")
    r = await client.post(f"{API}/{cid}/messages/{sent['message']['seq']}/recall", headers=ha)
    assert r.status_code == 200 and r.json()["message"]["kind"] == "recall"
    items = (await client.get(f"{API}/{cid}/messages", headers=hb)).json()["items"]
    assert items[0]["text"] == "消息已撤回" and items[0]["recalled"] and items[1]["recall_seq"] == 1
    r = await client.post(f"{API}/{cid}/messages/77/recall", headers=ha)
    assert (r.status_code, r.json()["code"]) == (404, "conversations.message_not_found")
