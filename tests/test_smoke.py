from tests import factories


async def test_healthz_and_readyz(client):
    r = await client.get("/healthz")
    assert r.json() == {"status": "ok"}
    r = await client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["checks"] == {"database": "ok", "redis": "ok"}
    assert r.json()["workers"] is None  # one process: no worker count


async def test_login_and_list(client):
    t = await factories.tree()
    a = await factories.admin(t.county_a1)
    await factories.physician(t.hospital_a1)
    await factories.physician(t.hospital_b1)
    await factories.login(client, a.username)
    r = await client.get("/api/admin/v1/physicians")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 1
