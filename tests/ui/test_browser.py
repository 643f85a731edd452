"""The web chat in a real headless Chromium: a figure, a follow-up, a refusal, a source opened, a screenshot."""

import re
import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium")


def test_chat_in_a_real_browser(server, tmp_path):
    assert CHROMIUM, "Browser tests need Debian's chromium: apt-get install chromium fonts-wqy-microhei"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.goto(server)
        box = page.locator("#qa-input textarea")
        box.wait_for(timeout=90_000)

        def ask(question: str, part: str, expected: str) -> None:
            box.fill(question)
            box.press("Enter")
            page.locator(part, has_text=expected).last.wait_for(timeout=60_000)

        ask("2012年服务业收入目标是多少？", ".qa-figure", "680亿元")
        ask("那2011年呢？", ".qa-figure", "490亿元")
        assert page.locator(".qa-understood", has_text="2011年服务业收入").count() == 1
        ask("2013年GDP目标是多少？", ".qa-text", "报告没有2013年的数据")
        summary = page.locator("details.qa-source summary").first
        summary.click()
        assert page.locator("details.qa-source mark").first.is_visible()
        assert "2012年工作安排" in summary.inner_text()
        shot = Path(tmp_path) / "chat.png"
        page.locator(".qa-figure").first.scroll_into_view_if_needed()
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        browser.close()


def test_ask_endpoint_answers_through_gradio_client(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    answer = client.predict("2011年地区生产总值是多少？", None, api_name="/ask")
    assert (answer["kind"], answer["value"], answer["unit"]) == ("number", 170.0, "亿元")
    assert answer["sources"][0]["section"].startswith("一、2011年工作总结")
    follow = client.predict("那2012年呢？", [["2011年地区生产总值是多少？", answer["text"]]], api_name="/ask")
    assert follow["value"] == 210.0


def test_concurrent_clients_get_answers_without_errors(server):
    from eval.load import load_test

    result = load_test(server, clients=4, seconds=5, max_requests=200)
    assert result.passed, str(result)
    assert result.p50_ms <= result.p95_ms


def test_a_report_uploaded_in_the_browser_is_indexed_with_progress_and_answered(server, real_bot):
    assert CHROMIUM, "Browser tests need Debian's chromium: apt-get install chromium fonts-wqy-microhei"
    from playwright.sync_api import sync_playwright

    fixtures = Path(__file__).parents[1] / "fixtures"
    cache = real_bot.settings.index_dir.parent
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(server)
        page.locator("#qa-input textarea").wait_for(timeout=90_000)
        page.set_input_files("input[type=file]", str(fixtures / "formats" / "scanned.pdf"))
        page.get_by_text("没有文字层").wait_for(timeout=60_000)  # refused plainly, in Chinese
        page.set_input_files("input[type=file]", str(fixtures / "county_2024.txt"))
        stages = set()
        for _ in range(600):  # the bar names each stage of the build while it runs
            body = page.locator("body").inner_text()
            stages |= {s for s in ("解析章节", "抽取数据", "建立检索", "计算段落向量", "计算句子向量") if s in body}
            if "可以提问了" in body:
                break
            page.wait_for_timeout(100)
        assert "可以提问了" in page.locator("body").inner_text()
        assert stages, "no progress shown while the index was built"
        page.get_by_role("heading", name="青禾县").wait_for(timeout=10_000)  # the heading names the new report
        box = page.locator("#qa-input textarea")
        box.fill("2023年地区生产总值增长多少？")
        box.press("Enter")
        page.locator(".qa-figure", has_text="6.2%").last.wait_for(timeout=60_000)
        page.get_by_role("tab", name="数据表").click()
        page.wait_for_function("document.body.innerText.includes('356.8亿元')", timeout=10_000)  # its facts
        page.get_by_role("tab", name="原文").click()
        page.get_by_text("青禾县", exact=False).first.wait_for(timeout=10_000)
        page.set_input_files("input[type=file]", str(fixtures / "county_2024.txt"))  # the same file again
        page.get_by_text("可以提问了").wait_for(timeout=60_000)
        browser.close()
    uploads = list((cache / "uploads").glob("*.txt"))
    assert len(uploads) == 1, uploads  # stored once, under the name of its content, in the cache folder
    assert (cache / "uploads" / f"{uploads[0].stem}-index" / "manifest.json").is_file()


def test_the_chat_reads_as_text_keeps_focus_survives_a_reload_and_suggests_follow_ups(server):
    """Copy gives the answer as plain text; a message's accessible name is its text; the user's own message shows
    as typed; the cursor is back in the input after each answer; a suggested follow-up sends and is answered; a
    reload keeps the conversation and 新对话 starts afresh."""
    assert CHROMIUM, "Browser tests need Debian's chromium: apt-get install chromium fonts-wqy-microhei"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
        page = context.new_page()
        page.goto(server)
        box = page.locator("#qa-input textarea")
        box.wait_for(timeout=90_000)
        focused = "document.activeElement !== null && document.activeElement.closest('#qa-input') !== null"

        box.fill("2011年地区生产总值")
        box.press("Shift+Enter")  # a new line, not a message
        page.wait_for_timeout(500)
        assert box.input_value() == "2011年地区生产总值\n" and page.locator("#qa-chat [data-testid=user]").count() == 0
        box.fill("2011年地区生产总值是多少？")
        box.press("Enter")
        page.locator(".qa-figure", has_text="170亿元").wait_for(timeout=60_000)
        page.wait_for_function(focused, timeout=10_000)
        page.locator(".qa-copy").last.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("170亿元\n") and "来源 1：一、2011年工作总结：" in copied and "<" not in copied
        name = page.locator("#qa-chat [data-testid=bot]").last.get_attribute("aria-label")
        assert name == copied  # read aloud as text, not as HTML

        names = "e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || '')"
        named = page.evaluate(f"[...document.querySelectorAll('[aria-label],[title]')].map({names})")
        english = set(re.findall(r"[A-Za-z]{3,}", page.locator("body").inner_text()))  # an English browser
        assert not {w for n in named for w in re.findall(r"[A-Za-z]{3,}", n)} - {"API", "Gradio"}, named
        assert english <= {"API", "Gradio", "Shift", "txt", "docx", "pdf", "html", "GDP"}, english
        chip = page.locator("#qa-chat button", has_text="那2012年呢？")
        chip.first.click()
        page.locator(".qa-figure", has_text="210亿元").wait_for(timeout=60_000)
        page.wait_for_function(focused, timeout=10_000)

        typed = "<b>粗体</b> <img src=x> **不是加粗**"
        box.fill(typed)
        page.locator("#qa-send").click()
        page.locator("#qa-chat [data-testid=user]", has_text="<b>粗体</b>").wait_for(timeout=30_000)
        shown = page.locator("#qa-chat [data-testid=user]").last
        assert shown.inner_text().strip() == typed and shown.locator("img, b, strong").count() == 0
        page.wait_for_function(focused, timeout=10_000)

        page.reload()
        box.wait_for(timeout=90_000)
        page.locator(".qa-figure", has_text="210亿元").wait_for(timeout=30_000)
        assert page.locator(".qa-figure").count() == 2
        page.locator("#qa-new").click()
        page.wait_for_function("document.querySelectorAll('.qa-figure').length === 0", timeout=10_000)
        page.reload()
        box.wait_for(timeout=90_000)
        page.wait_for_timeout(1500)
        assert page.locator(".qa-figure").count() == 0
        browser.close()


def test_a_source_opens_the_report_at_its_sentence_and_the_search_steps_through_its_matches(server):
    assert CHROMIUM, "Browser tests need Debian's chromium: apt-get install chromium fonts-wqy-microhei"
    from playwright.sync_api import sync_playwright

    in_view = "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(server)
        box = page.locator("#qa-input textarea")
        box.wait_for(timeout=90_000)
        box.fill("2012年服务业收入目标是多少？")
        box.press("Enter")
        page.locator(".qa-figure", has_text="680亿元").wait_for(timeout=60_000)
        page.locator("details.qa-source summary").last.click()
        cited = page.locator("details.qa-source mark").last.inner_text()
        page.locator(".qa-goto").last.click()
        here = page.locator("#qa-report .qa-here")
        here.wait_for(timeout=10_000)
        assert here.inner_text() == cited and here.evaluate(in_view)  # the sentence itself, on screen
        page.get_by_role("tab", name="问答").click()
        page.locator(".qa-goto").last.click()  # again: the same sentence, marked once
        page.wait_for_timeout(500)
        assert page.locator("#qa-report .qa-here").count() == 1 and here.inner_text() == cited

        page.get_by_label("查找原文").fill("服务业")
        found = page.locator("#qa-found")
        found.wait_for(timeout=10_000)
        total = page.locator("#qa-report mark.qa-hit").count()
        assert total > 2 and found.inner_text() == f"找到 {total} 处"
        page.locator("#qa-find-next").click()
        page.locator("#qa-find-next").click()
        assert found.inner_text() == f"第 2 / {total} 处"
        assert page.locator("#qa-report mark.qa-current").evaluate(in_view)
        page.locator("#qa-find-previous").click()
        page.locator("#qa-find-previous").click()
        assert found.inner_text() == f"第 {total} / {total} 处"  # round from the first to the last
        browser.close()


_CONTRAST = """(selector) => {
  const element = document.querySelector(selector);
  const rgb = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
  const opaque = (c) => c.length === 3 || (c.length === 4 && c[3] > 0.5);
  let node = element, background = null;
  while (node && node.nodeType === 1 && background === null) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (opaque(c)) background = c;
    node = node.parentElement;
  }
  background = background || rgb(getComputedStyle(document.body).backgroundColor);
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def test_dark_mode_text_links_and_highlights_are_readable_and_a_phone_gets_a_page_that_fits(server):
    """Contrast computed in the browser, dark mode: text ≥ 4.5:1, links and highlights ≥ 3:1. A 390×844 phone: the
    title on one line, the chat within the screen, no page wider than the screen on any tab."""
    assert CHROMIUM, "Browser tests need Debian's chromium: apt-get install chromium fonts-wqy-microhei"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        dark = browser.new_page(viewport={"width": 1366, "height": 900}, color_scheme="dark", locale="zh-CN")
        dark.goto(server + "?__theme=dark")
        box = dark.locator("#qa-input textarea")
        box.wait_for(timeout=90_000)
        for question, figure in (("2012年服务业收入目标是多少？", "680亿元"), ("那2011年呢？", "490亿元")):
            box.fill(question)
            box.press("Enter")
            dark.locator(".qa-figure", has_text=figure).wait_for(timeout=60_000)
        dark.locator(".qa-understood").last.wait_for(timeout=10_000)
        dark.locator("details.qa-source summary").last.click()
        text = (".qa-text", ".qa-understood", ".qa-answer mark", "#qa-input textarea")
        links = (".qa-source summary", ".qa-goto", ".qa-figure strong")
        ratios = {s: dark.evaluate(_CONTRAST, s) for s in (*text, *links)}
        assert all(ratios[s] >= 4.5 for s in text) and all(ratios[s] >= 3 for s in links), ratios

        phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN")
        phone.goto(server)
        box = phone.locator("#qa-input textarea")
        box.wait_for(timeout=90_000)
        box.fill("2011年地区生产总值是多少？")
        box.press("Enter")
        phone.locator(".qa-figure", has_text="170亿元").wait_for(timeout=60_000)
        title = phone.locator("#qa-heading h2")
        style = "e => parseFloat(getComputedStyle(e).lineHeight) || 1.2 * parseFloat(getComputedStyle(e).fontSize)"
        line = float(title.evaluate(style))
        assert title.bounding_box()["height"] <= 1.5 * line  # one line
        assert phone.locator("#qa-chat").bounding_box()["height"] <= 844
        for tab in ("问答", "数据表", "原文"):
            phone.get_by_role("tab", name=tab).click()
            phone.wait_for_timeout(300)
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390, tab
        browser.close()
