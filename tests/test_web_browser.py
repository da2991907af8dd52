"""The web page in a real browser: headless Chromium (Debian's chromium and chromium-driver, driven by Selenium)
loads every view from the example store served by uvicorn, checks what is drawn against the API, clicks through a
filter and a dyad point, and finds no console errors and nothing loaded from elsewhere.

Without Chromium or the npm assets the tests skip, except in CI (CI set), where they fail. With
EVENTWIRE_SCREENSHOTS=DIR they save a screenshot of each view there (docs/screenshots.py does this for the README).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pytest

from eventwire.web.app import ASSETS, assets_missing, create_app
from eventwire.web.guard import Limits

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
         "--disable-dev-shm-usage"]
SHOTS = os.environ.get("EVENTWIRE_SCREENSHOTS")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def need(ok: bool, why: str) -> None:
    if not ok:
        if in_ci():
            pytest.fail(f"{why}: in CI the browser tests may not skip")
        pytest.skip(why)


@pytest.fixture(scope="module")
def server(example_store, extractor):
    """The app on uvicorn in a thread, on a free port of 127.0.0.1."""
    import uvicorn

    need(assets_missing(ASSETS) is None, f"the web assets are not installed: npm ci --prefix {ASSETS.parent}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(example_store, extractor=extractor, limits=Limits(rate=0))  # a browser test is quick
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    need(Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(),
         "Chromium is not installed: apt-get install -y chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="eventwire-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)  # the system driver: nothing fetched
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def api(server: str, path: str, **params) -> object:
    return httpx.get(f"{server}{path}", params=params, timeout=60).json()


def wait_for(browser, condition, timeout: float = 20.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout, poll_frequency=0.1).until(lambda driver: condition(driver))


def text_of(browser, element_id: str) -> str:
    found = browser.find_elements("id", element_id)
    return found[0].text if found else ""


def check_clean(browser, server: str, name: str) -> None:
    """No console errors, no error banner, nothing loaded from another origin; a screenshot when asked."""
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
    assert not browser.find_element("id", "error").is_displayed(), text_of(browser, "error")
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(url.startswith(server) for url in loaded), [u for u in loaded if not u.startswith(server)]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        time.sleep(0.3)
        browser.save_screenshot(str(Path(SHOTS) / f"{name}.png"))


def test_events_view_lists_and_filters(browser, server):
    everything = api(server, "/api/events", per_page=500)
    browser.get(f"{server}/events")
    wait_for(browser, lambda d: "events match" in text_of(d, "summary"))
    assert text_of(browser, "summary").startswith(f"{everything['total']} events match")
    rows = browser.find_elements("css selector", "table.events tbody tr")
    assert len(rows) == min(50, everything["total"])
    assert {r.get_attribute("data-event-id") for r in rows} <= {e["event_id"] for e in everything["events"]}
    links = browser.find_elements("css selector", "table.events a.article-link")
    assert links and all("/article/" in a.get_attribute("href") for a in links)
    check_clean(browser, server, "events")

    from selenium.webdriver.support.ui import Select

    plover = api(server, "/api/facets")["plover"][0]
    expected = api(server, "/api/events", plover=plover)["total"]
    Select(browser.find_element("css selector", "select[name=plover]")).select_by_value(plover)
    browser.find_element("id", "apply").click()
    wait_for(browser, lambda d: text_of(d, "summary").startswith(f"{expected} events match"))
    cells = [r.find_elements("tag name", "td")[4].text
             for r in browser.find_elements("css selector", "table.events tbody tr")]
    assert len(cells) == expected and set(cells) == {plover}
    assert f"plover={plover}" in browser.current_url
    browser.find_element("css selector", "th[data-sort=goldstein]").click()
    wait_for(browser, lambda d: "sort=goldstein" in d.current_url)
    wait_for(browser, lambda d: d.find_elements("css selector", "th.sorted-asc[data-sort=goldstein]"))
    scores = [float(r.find_elements("tag name", "td")[6].text or "nan")
              for r in browser.find_elements("css selector", "table.events tbody tr")]
    assert scores == sorted(scores)
    check_clean(browser, server, "events-filtered")


def test_article_view_highlights_what_was_found(browser, server):
    doc_id = api(server, "/api/events")["events"][0]["doc_id"]
    article = api(server, f"/api/articles/{doc_id}")
    browser.get(f"{server}/article/{doc_id}")
    wait_for(browser, lambda d: d.find_elements("css selector", ".article .text"))
    text = browser.find_element("css selector", ".article .text").text
    assert " ".join(text.split()) == " ".join(article["document"]["text"].split())
    triggers = {e.text for e in browser.find_elements("css selector", ".hl-trigger")}
    assert {e["trigger"] for e in article["events"]} <= triggers | {t for x in triggers for t in x.split()}
    assert browser.find_elements("css selector", ".hl-place") and browser.find_elements("css selector", ".hl-source")
    assert len(browser.find_elements("css selector", "table.record-events tbody tr")) == len(article["events"])
    assert browser.find_element("tag name", "h1").text == article["document"]["title"]
    check_clean(browser, server, "article")
    browser.find_element("id", "explain-button").click()
    wait_for(browser, lambda d: d.find_elements("css selector", "#explain ul.reasons li"), timeout=60)
    check_clean(browser, server, "article-explain")


def test_timeline_view_counts_every_event(browser, server):
    rows = api(server, "/api/timeline", by="month", group="plover")
    browser.get(f"{server}/timeline")
    wait_for(browser, lambda d: "dated events" in text_of(d, "summary"))
    drawn = browser.execute_script(
        "return window.timelineChart.data.datasets.reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")
    assert drawn == sum(r["events"] for r in rows) > 0
    series = browser.execute_script("return window.timelineChart.data.datasets.length")
    assert series == len({r["series"] for r in rows})
    check_clean(browser, server, "timeline")


def test_dyad_view_shows_the_events_behind_a_clicked_point(browser, server):
    from selenium.webdriver.common.action_chains import ActionChains

    pairs: dict[tuple[str, str], int] = {}
    for dyad in api(server, "/api/stats", top=50)["dyads"]:
        pair = tuple(sorted((dyad["source"], dyad["target"])))
        pairs[pair] = pairs.get(pair, 0) + dyad["events"]
    a, b = min(pairs, key=lambda pair: (-pairs[pair], pair))  # the pair the page opens with
    points = api(server, "/api/dyad", a=a, b=b, by="month")
    browser.get(f"{server}/dyad")
    wait_for(browser, lambda d: "events between" in text_of(d, "summary"))
    assert text_of(browser, "summary").startswith(f"{sum(p['events'] for p in points)} events between {a} and {b}")
    x, y, direction, period = browser.execute_script("""
        const chart = window.dyadChart;
        for (const [i, set] of chart.data.datasets.entries()) {
          const j = set.data.findIndex(v => v !== null);
          if (j >= 0) { const p = chart.getDatasetMeta(i).data[j];
                        return [p.x, p.y, set.label.split(':')[0], chart.data.labels[j]]; } }""")
    canvas = browser.find_element("id", "goldstein-chart")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - size["width"] / 2),
                                                      int(y - size["height"] / 2)).click().perform()
    wait_for(browser, lambda d: d.find_elements("css selector", "#dyad-events table.events tbody tr"))
    point = next(p for p in points if p["direction"] == direction and str(p["period"]) == period)
    rows = browser.find_elements("css selector", "#dyad-events table.events tbody tr")
    assert len(rows) == point["events"]
    assert text_of(browser, "point-title") == f"{direction}, {period}: {point['events']} events"
    check_clean(browser, server, "dyad")


def test_map_view_clusters_located_events(browser, server):
    cells = api(server, "/api/map", zoom=2)
    browser.get(f"{server}/map")
    wait_for(browser, lambda d: "located events" in text_of(d, "summary"))
    assert text_of(browser, "summary").startswith(f"{sum(c['events'] for c in cells)} located events")
    wait_for(browser, lambda d: d.find_elements("css selector", ".leaflet-overlay-pane path"))  # the basemap
    markers = browser.find_elements("css selector", ".leaflet-marker-icon")
    assert markers and sum(int(m.text) for m in markers) == sum(c["events"] for c in cells)
    single = [m for m in markers if "marker-cluster" not in (m.get_attribute("class") or "")]
    if single:
        single[0].click()
        wait_for(browser, lambda d: d.find_elements("css selector", "#cell-events table.events tbody tr"))
    check_clean(browser, server, "map")


def test_network_view_draws_the_actors(browser, server):
    graph = api(server, "/api/network")
    browser.get(f"{server}/network")
    wait_for(browser, lambda d: "actors" in text_of(d, "summary"))
    assert browser.execute_script("return window.networkGraph.nodes().length") == len(graph["nodes"])
    assert browser.execute_script("return window.networkGraph.edges().length") == len(graph["edges"])
    check_clean(browser, server, "network")


def test_quotes_view_searches_by_speaker(browser, server):
    quotes = api(server, "/api/quotes", per_page=500)
    browser.get(f"{server}/quotes")
    wait_for(browser, lambda d: "quotes match" in text_of(d, "summary"))
    assert text_of(browser, "summary") == f"{quotes['total']} quotes match."
    speaker = next(q["speaker_name"] for q in quotes["quotes"] if q["speaker_name"])
    expected = api(server, "/api/quotes", speaker=speaker)["total"]
    browser.find_element("css selector", "input[name=speaker]").send_keys(speaker)
    browser.find_element("id", "apply").click()
    wait_for(browser, lambda d: text_of(d, "summary") == f"{expected} quotes match.")
    speakers = [e.text for e in browser.find_elements("css selector", "td.speaker")]
    assert len(speakers) == expected and all(speaker in s for s in speakers)
    check_clean(browser, server, "quotes")


def test_paste_view_extracts_at_once(browser, server):
    browser.get(f"{server}/paste")
    browser.find_element("css selector", "textarea[name=text]").send_keys(
        "Brussels, 3 June 2024 - The European Union imposed new sanctions on Belarus on Monday. \"We will not stand "
        "by,\" EU foreign policy chief Josep Borrell told reporters in Brussels.")
    browser.find_element("id", "extract").click()
    wait_for(browser, lambda d: "Not stored" in text_of(d, "summary"), timeout=60)
    assert browser.find_elements("css selector", ".article .hl-trigger")
    assert browser.find_elements("css selector", ".article .hl-place")
    check_clean(browser, server, "paste")
