"""The console's way onto the realtime gateway: a page with a cookie session asks
POST /api/admin/v1/realtime/ticket (session + CSRF) for a short-lived access token and sends it
as the socket's first frame. Against the two served worker processes and a real Redis, with
real WebSocket clients: the ticket is the session's principal (party kind "admin"), follows only
conversations the account takes part in, is no bearer token for the mini-program API, and dies
with logout, disabling, new roles or a new password (open sockets closed 4003)."""
from __future__ import annotations

import json

import httpx
import pytest

from core.accounts import service as accounts_service
from core.accounts import tokens
from core.accounts.models import TokenEpoch
from core.audit.models import AuditLog
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.principal import SYSTEM
from tests import factories
from tests.realtime.peers import Peer, account

pytestmark = pytest.mark.e2e
TICKET = "/api/admin/v1/realtime/ticket"


class Console:
    """A browser's console session on the served app: the cookie and the CSRF token."""

    def __init__(self, base: str, username: str, ip: str):
        self.http = httpx.AsyncClient(base_url=base, timeout=20, headers={"X-Forwarded-For": ip})
        self.username, self.csrf = username, ""

    async def login(self) -> dict:
        r = await self.http.post("/api/admin/v1/auth/login", json={"username": self.username,
                                                                    "password": factories.PASSWORD})
        assert r.status_code == 200, r.text
        self.csrf = r.json()["csrf_token"]
        return r.json()

    async def ticket(self) -> httpx.Response:
        return await self.http.post(TICKET, headers={"X-CSRF-Token": self.csrf})

    async def token(self) -> str:
        r = await self.ticket()
        assert r.status_code == 200, r.text
        return r.json()["token"]

    async def close(self) -> None:
        await self.http.aclose()


async def seat(gateway, username: str, ip: str):
    """A hospital's customer-service seat logged in to the console of the served app."""
    t = await factories.tree()
    acc = await factories.admin(t.hospital_a1, username=username, roles=("customer_service",))
    console = Console(gateway.base, username, ip)
    await console.login()
    return t, acc, console


async def chat_with(admin_id: int, patient_id: int) -> int:
    conv = await conversations.open_conversation(
        actor=SYSTEM, kind="service", title="在线客服",
        parties=[{"kind": "mp", "id": patient_id, "role": "patient", "name": "患者"},
                 {"kind": "admin", "id": admin_id, "role": "service", "name": "医院客服"}])
    return conv.id


async def test_a_ticket_needs_the_session_and_its_csrf_token(gateway):
    _t, acc, console = await seat(gateway, "rt_seat0", "10.31.0.1")
    r = await console.http.post(TICKET)  # the session without its CSRF token
    assert r.status_code == 403 and r.json()["code"] == "accounts.csrf_failed"
    anonymous = httpx.AsyncClient(base_url=gateway.base)
    r = await anonymous.post(TICKET, headers={"X-CSRF-Token": console.csrf})
    assert r.status_code == 401
    await anonymous.aclose()
    r = await console.ticket()
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    body = r.json()
    assert body["account"] == f"admin:{acc.id}" and body["expires_in"] == 600 and body["url"] == "/realtime/v1/ws"
    claims = tokens.decode(body["token"], typ="access")
    assert claims["who"] == "admin" and claims["sub"] == str(acc.id) and claims["exp"] - claims["iat"] == 600
    # Not a bearer token of the mini-program API (whose services take the caller for a patient).
    r = await console.http.get("/api/mp/v1/conversations", headers={"Authorization": f"Bearer {body['token']}"})
    assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid"
    await console.close()


async def test_the_console_follows_its_own_conversations_and_talks_live(gateway):
    t, acc, console = await seat(gateway, "rt_seat1", "10.31.0.2")
    patient, patient_token = await account("rt-patient")
    mine = await chat_with(acc.id, patient.id)
    other_patient, _ = await account("rt-other")
    other_seat = await factories.admin(t.hospital_a1, username="rt_seat1b", roles=("customer_service",))
    not_mine = await chat_with(other_seat.id, other_patient.id)

    me = Peer(gateway.base, await console.token(), name="seat")
    ready = await me.connect()
    assert ready["account"] == f"admin:{acc.id}" and 0 < ready["expires_in"] <= 600
    assert (await me.subscribe(f"conversation:{mine}"))["op"] == "subscribed"
    refused = await me.subscribe(f"conversation:{not_mine}")
    assert refused["op"] == "error" and refused["code"] == "conversations.not_found"
    assert await AuditLog.filter(action="conversations.subscribe", outcome="denied", actor_id=str(acc.id),
                                 target_id=str(not_mine)).exists()
    assert me.close_code is None  # a refusal leaves the socket open

    # Both ways, live: the patient's message reaches the seat, the seat's send is acknowledged once.
    patient_peer = Peer(gateway.base, patient_token, name="patient")
    await patient_peer.connect()
    await patient_peer.subscribe(f"conversation:{mine}")
    await patient_peer.say(f"conversation:{mine}", "你好，请问怎么预约？")
    await me.wait_seq(f"conversation:{mine}", 1)
    assert me.items[f"conversation:{mine}"][1]["text"] == "你好，请问怎么预约？"
    cid = await me.say(f"conversation:{mine}", "您好，请在首页选择医生。", client_id="seat-msg-1")
    await me.wait_acked()
    await me.resend()  # a resend of the same client id is answered with the stored message
    await me.wait_acked()
    await patient_peer.wait_seq(f"conversation:{mine}", 2)
    stored = await ChatMessage.filter(conversation_id=mine, client_id=cid).values_list("sender_kind", "sender_id")
    assert stored == [("admin", acc.id)]

    # A fresh ticket of the same account renews the socket; another account's closes it.
    rid = await me.send({"op": "auth", "token": await console.token()})
    assert (await me.answer(rid))["op"] == "ready"
    rid = await me.send({"op": "auth", "token": patient_token})
    assert (await me.answer(rid))["code"] == "realtime.account_mismatch"
    assert await me.wait_closed(timeout=5) == 4001
    await patient_peer.close()
    await console.close()


async def test_disabling_the_account_closes_its_console_sockets(gateway):
    t, acc, console = await seat(gateway, "rt_seat2", "10.31.0.3")
    patient, _ = await account("rt-patient2")
    cid = await chat_with(acc.id, patient.id)
    ticket = await console.token()
    first, second = Peer(gateway.base, ticket, name="s1"), Peer(gateway.base, ticket, name="s2")
    await first.connect()
    await second.connect()
    await first.subscribe(f"conversation:{cid}")
    boss = factories.principal_for(await factories.admin(t.hospital_a1, roles=("institution_admin",)), t.hospital_a1)
    await accounts_service.set_disabled(actor=boss, account_id=acc.id, disabled=True)
    assert await first.wait_closed(timeout=5) == 4003
    assert await second.wait_closed(timeout=5) == 4003
    assert await TokenEpoch.filter(subject=f"admin:{acc.id}").exists()
    # The old ticket cannot come back, and no new one is issued: the session ended too.
    again = Peer(gateway.base, ticket, name="again")
    await again.connect(auth=False)
    await again.ws.send(json.dumps({"op": "auth", "token": ticket}))
    assert json.loads(await again.ws.recv())["code"] == "auth.token_invalid"
    assert (await console.ticket()).status_code == 401
    await console.close()


async def test_logout_new_roles_and_a_new_password_end_the_tickets(gateway):
    t, acc, console = await seat(gateway, "rt_seat3", "10.31.0.4")
    boss = factories.principal_for(await factories.admin(t.hospital_a1, roles=("institution_admin",)), t.hospital_a1)

    # New roles: the socket (holding the old roles) closes; the session stays and a new ticket works.
    peer = Peer(gateway.base, await console.token(), name="roles")
    await peer.connect()
    await accounts_service.set_roles(actor=boss, account_id=acc.id, roles=["customer_service", "doctor"])
    assert await peer.wait_closed(timeout=5) == 4003
    peer = Peer(gateway.base, await console.token(), name="roles2")
    assert (await peer.connect())["account"] == f"admin:{acc.id}"

    # Logout.
    r = await console.http.post("/api/admin/v1/auth/logout", headers={"X-CSRF-Token": console.csrf})
    assert r.status_code == 200
    assert await peer.wait_closed(timeout=5) == 4003

    # A new password (changed by the account itself).
    await console.login()
    peer = Peer(gateway.base, await console.token(), name="pw")
    await peer.connect()
    r = await console.http.post("/api/admin/v1/auth/password", headers={"X-CSRF-Token": console.csrf},
                                json={"old_password": factories.PASSWORD, "new_password": "Another#Pass2026"})
    assert r.status_code == 200, r.text
    assert await peer.wait_closed(timeout=5) == 4003
    await console.close()
