"""The console's charts in Chromium: readable at 3 and at 300 categories, a daily trend
drawn as a line, "暂无数据" where there is nothing to draw (issue 10 point 5).

What is checked is what ECharts was given (the chart instance's options, read with
`echarts.getInstanceByDom(el).getOption()`), on the real statistics page drawing
the server's numbers for regions built with the factories.
"""
from __future__ import annotations

from playwright.async_api import expect

from core.orgs.models import OrgKind
from tests import factories
from tests.admin_web import test_browser
from tests.admin_web.world import world

# The browser tests' fixtures: the served app, Chromium, a page that fails on any script error.
server, browser, page, _login = test_browser.server, test_browser.browser, test_browser.page, test_browser._login

LONG = "第{n}号社区卫生服务中心附属医院"

OPTION = """(id) => {
  const o = echarts.getInstanceByDom(document.getElementById(id)).getOption();
  const axis = (a) => a && a[0] ? {type: a[0].type, count: (a[0].data || []).length,
                                   rotate: a[0].axisLabel.rotate, inverse: !!a[0].inverse} : null;
  return {x: axis(o.xAxis), y: axis(o.yAxis), series: o.series.map((s) => s.type),
          zoom: (o.dataZoom || []).map((z) => ({type: z.type, y: z.yAxisIndex, x: z.xAxisIndex,
                                                start: z.startValue, end: z.endValue}))};
}"""


async def _county_with(institutions: int, username: str, *, name: str = LONG):
    w = await world()
    county = await factories.org(w.t.city_b, OrgKind.COUNTY, f"{username}区卫健局")
    insts = [await factories.org(county, OrgKind.MEDICAL, name.format(n=n + 1)) for n in range(institutions)]
    await factories.admin(county, username=username)
    return w, insts


async def _stats(page, server, username: str):
    await _login(page, server, username)
    await page.wait_for_url(server + "/admin/")
    await page.goto(server + "/admin/stats")
    await expect(page.locator("#chart-progress")).to_have_attribute("data-state", "rendered")


async def test_three_categories_stand_upright_with_a_line_trend(page, server):
    w, insts = await _county_with(3, "cnty3")
    hospital = await factories.actor(insts[0], roles=("institution_admin",))
    await factories.admin_web_submitted(hospital, w.cycle, await factories.physician(insts[0], name="图表医师"))
    await _stats(page, server, "cnty3")

    progress = await page.evaluate(OPTION, "chart-progress")
    assert progress["x"] == {"type": "category", "count": 3, "rotate": 0, "inverse": False}
    assert progress["y"]["type"] == "value" and progress["zoom"] == []
    assert set(progress["series"]) == {"bar"}

    # The daily trend (one filing submitted today) is a line.
    await expect(page.locator("#chart-trend")).to_have_attribute("data-state", "rendered")
    trend = await page.evaluate(OPTION, "chart-trend")
    assert trend["series"] and set(trend["series"]) == {"line"}

    # The one filing has no result yet: one slice of the pie.
    await expect(page.locator("#chart-distribution")).to_have_attribute("data-state", "rendered")
    assert (await page.evaluate(OPTION, "chart-distribution"))["series"] == ["pie"]


async def test_three_hundred_categories_lie_down_with_a_zoom_and_full_names_in_the_tooltip(page, server):
    _, insts = await _county_with(300, "cnty300")
    await _stats(page, server, "cnty300")

    progress = await page.evaluate(OPTION, "chart-progress")
    # Horizontal bars: the institutions on the vertical axis, first at the top, 15 at a time.
    assert progress["y"] == {"type": "category", "count": 300, "rotate": 0, "inverse": True}
    assert progress["x"]["type"] == "value"
    assert {z["type"] for z in progress["zoom"]} == {"slider", "inside"}
    slider = next(z for z in progress["zoom"] if z["type"] == "slider")
    assert slider["y"] in (0, [0]) and (slider["start"], slider["end"]) == (0, 14)

    # Long names are cut on the axis; the tooltip names the institution in full.
    cut = await page.evaluate("""(name) => echarts.getInstanceByDom(document.getElementById('chart-progress'))
                                   .getOption().yAxis[0].axisLabel.formatter(name)""", insts[0].name)
    assert cut == insts[0].name[:7] + "…"
    await page.evaluate("""() => echarts.getInstanceByDom(document.getElementById('chart-progress'))
                             .dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})""")
    await expect(page.locator("#chart-progress")).to_contain_text(insts[0].name)

    # Nobody enrolled: neither the trend nor the result pie has anything to draw, and they say
    # so instead of drawing an empty frame or a grey ring.
    for chart in ("chart-trend", "chart-distribution"):
        await expect(page.locator(f"#{chart}")).to_have_attribute("data-state", "empty")
        await expect(page.locator(f"#{chart}")).to_have_text("暂无数据")
        assert await page.locator(f"#{chart} canvas").count() == 0
        assert await page.evaluate(f"echarts.getInstanceByDom(document.getElementById('{chart}'))") is None
