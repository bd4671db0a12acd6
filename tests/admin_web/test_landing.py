"""The landing page at `/` (issue 10 point 5): in Chinese, linking the console, the
phone client and the API documentation; a page, not an API operation."""
import re


async def test_root_is_a_chinese_landing_page_linking_the_faces(client):
    r = await client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="zh-CN">' in r.text and "管理平台" in r.text and "接口文档" in r.text
    links = set(re.findall(r'<a class="face" href="([^"]+)"', r.text))
    assert links == {"/admin/", "/h5/", "/docs"}
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    # The console behind the first link answers (its login page, for a stranger).
    console = await client.get("/admin/")
    assert console.status_code in (200, 303)

    doc = (await client.get("/docs/openapi.json")).json()
    assert "/" not in doc["paths"]
