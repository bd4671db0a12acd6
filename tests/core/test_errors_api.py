"""The one error model, for every kind of client mistake (never a 500)."""
from tests import factories


def assert_error(r, status: int, code: str):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"code", "message", "details", "request_id"}
    assert body["code"] == code
    assert body["message"]
    assert body["request_id"] == r.headers["x-request-id"]
    return body


async def _logged_in(client):
    t = await factories.tree()
    a = await factories.admin(t.province)
    s = await factories.login(client, a.username)
    return t, {"X-CSRF-Token": s["csrf_token"]}


async def test_malformed_json_is_400(client):
    r = await client.post("/api/admin/v1/auth/login", content=b'{"username": "a", ',
                          headers={"content-type": "application/json"})
    assert_error(r, 400, "request.malformed")


async def test_non_object_json_is_400(client):
    r = await client.post("/api/admin/v1/auth/login", json=["a", "b"])
    assert_error(r, 400, "request.malformed")


async def test_validation_is_422_with_field_paths(client):
    t, h = await _logged_in(client)
    r = await client.post("/api/admin/v1/physicians", headers=h, json={
        "name": "", "id_number": "420102198001010000", "institution_id": "x", "phone": "12"})
    body = assert_error(r, 422, "request.validation_failed")
    paths = {e["path"] for e in body["details"]["errors"]}
    assert {"name", "id_number", "institution_id", "phone"} <= paths
    id_err = next(e for e in body["details"]["errors"] if e["path"] == "id_number")
    assert "校验位" in id_err["message"]


async def test_extra_fields_are_refused(client):
    r = await client.post("/api/admin/v1/auth/login", json={"username": "a", "password": "b", "is_admin": True})
    body = assert_error(r, 422, "request.validation_failed")
    assert body["details"]["errors"][0]["path"] == "is_admin"


async def test_oversize_body_is_413(client, app):
    r = await client.post("/api/admin/v1/auth/login", content=b"x" * (app.config.REQUEST_MAX_SIZE + 10),
                          headers={"content-type": "application/json"})
    assert_error(r, 413, "request.too_large")


async def test_unknown_route_is_404(client):
    assert_error(await client.get("/api/nothing/here"), 404, "request.route_not_found")


async def test_wrong_method_is_405(client):
    r = await client.delete("/api/admin/v1/auth/login")
    body = assert_error(r, 405, "request.method_not_allowed")
    assert "POST" in body["details"]["allowed"]


async def test_unauthenticated_is_401(client):
    assert_error(await client.get("/api/admin/v1/physicians"), 401, "accounts.session_expired")
    assert_error(await client.get("/api/mp/v1/auth/me"), 401, "auth.unauthenticated")


async def test_missing_permission_is_403_and_audited(client):
    from core.audit.models import AuditLog

    t = await factories.tree()
    a = await factories.admin(t.province, roles=("auditor",))
    s = await factories.login(client, a.username)
    r = await client.post("/api/admin/v1/physicians", headers={"X-CSRF-Token": s["csrf_token"]}, json={
        "name": "李四", "id_number": factories.id_number(), "institution_id": t.hospital_a1.id})
    body = assert_error(r, 403, "auth.forbidden")
    assert body["details"] == {"permission": "physicians.write"}
    row = await AuditLog.filter(outcome="denied").order_by("-seq").first()
    assert row.action == "physicians.write" and row.actor_id == str(a.id)
    assert row.request_id == body["request_id"]


async def test_bad_query_parameter_is_422(client):
    t, h = await _logged_in(client)
    body = assert_error(await client.get("/api/admin/v1/physicians?page=abc"), 422, "request.validation_failed")
    assert body["details"]["errors"][0]["path"] == "page"
    assert_error(await client.get("/api/admin/v1/physicians?page_size=100000"), 422, "request.validation_failed")


async def test_request_id_is_echoed(client):
    r = await client.get("/healthz", headers={"X-Request-ID": "trace-abc-12345"})
    assert r.headers["x-request-id"] == "trace-abc-12345"
    r = await client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert r.headers["x-request-id"] != "bad id with spaces" and len(r.headers["x-request-id"]) == 32


async def test_openapi_is_served(client):
    r = await client.get("/docs/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    assert "/api/mp/v1/auth/wx-login" in paths and "/api/admin/v1/auth/login" in paths
