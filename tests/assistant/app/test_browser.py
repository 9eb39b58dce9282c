"""The chat app in a real browser: Debian's chromium driven by Playwright against a server on a free port.

Asks a question, follows a citation link to its highlighted paragraph, shows an abstention with related
paragraphs, renders a document full of HTML as text, switches the UI to English, uploads a file, and checks
that the page fetched nothing from outside the server. Skipped only when /usr/bin/chromium is missing
(`make setup` installs it). Set NETRALITAS_SCREENSHOT=docs/screenshot.png to refresh the README screenshot.
"""

import os
from pathlib import Path

import pytest

from tests.assistant.app.serving import serve_articles

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
XSS = "<script>alert(1)</script><b>bold</b>"
XSS_DOC = f"""---
title: "Uji Tampilan <b>Kuaspelangi</b>"
source: "Warta <i>Uji</i>"
date: "2024-06-01"
kind: article
---

Polres Kuaspelangi menggelar uji tampilan sistem informasi netralitas pada Senin (3/6/2024).

Kode uji kuaspelangi berbunyi {XSS} dan harus tampil sebagai teks biasa di layar petugas.

Kapolres Kuaspelangi, AKBP Budi Santoso, mengatakan uji ini memastikan tidak ada kode yang dijalankan.
"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (make setup)"),
]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory, repo_root):
    root = tmp_path_factory.mktemp("browser")
    with serve_articles(root, repo_root, {"900_uji_xss.md": XSS_DOC}) as (_, _, url):
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, server_url):
    """A fresh page on the app that records dialogs and every request it makes."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.dialogs, page.requests = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(server_url)
    page.locator("#na-question textarea").wait_for()
    yield page
    outside = [u for u in page.requests if not u.startswith(server_url) and not u.startswith(("data:", "blob:"))]
    assert outside == [], "the page must work offline: it fetched from outside the server"
    context.close()


def ask(page, question: str) -> None:
    box = page.locator("#na-question textarea")
    box.fill(question)
    box.press("Enter")


def test_answer_with_citations_and_clicking_a_marker_shows_the_highlighted_paragraph(page, tmp_path):
    from playwright.sync_api import expect

    ask(page, "Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?")
    marker = page.locator("#na-chat a.na-cite").first
    expect(marker).to_have_text("[1]", timeout=20_000)
    expect(page.locator("#na-chat")).to_contain_text("Imam Mustolih")
    source = page.locator("#src-1-1")
    expect(source).to_contain_text("Polres Malang Jaga Netralitas dalam Pilkada Serentak 2024")
    expect(source).to_contain_text("Surabaya Pagi")
    expect(source.locator("mark")).to_contain_text("harga mati")

    page.mouse.wheel(0, -2000)  # start from the top, so following the link has to scroll
    marker.click()
    expect(page).to_have_url(f"{page.url.split('#')[0]}#src-1-1")
    expect(source.locator("mark").first).to_be_in_viewport()

    ask(page, "Bolehkah anggota Polri menggunakan fasilitas dinas untuk kampanye?")  # a second turn
    expect(page.locator("#src-2-1 mark")).to_contain_text("fasilitas dinas", timeout=20_000)
    expect(page.locator("#na-sources-panel details.na-earlier")).to_have_count(1)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    page.screenshot(path=os.environ.get("NETRALITAS_SCREENSHOT") or str(tmp_path / "screenshot.png"))


def test_abstention_lists_related_paragraphs_as_not_an_answer(page):
    from playwright.sync_api import expect

    ask(page, "Siapa Gubernur Mars?")
    expect(page.locator("#na-chat .na-abstain")).to_contain_text("Tidak terjawab dari korpus", timeout=20_000)
    panel = page.locator("#na-sources-panel")
    expect(panel).to_contain_text("Terkait, bukan jawaban")
    expect(panel.locator(".na-related")).not_to_have_count(0)


def test_html_in_a_document_shows_as_text(page):
    from playwright.sync_api import expect

    ask(page, "Apa bunyi kode uji kuaspelangi?")
    panel = page.locator("#na-sources-panel")
    expect(panel.locator("#src-1-1")).to_contain_text(XSS, timeout=20_000)
    expect(panel).to_contain_text("Uji Tampilan <b>Kuaspelangi</b>")
    expect(page.locator("#na-chat")).to_contain_text(XSS)
    page.wait_for_timeout(500)
    assert page.dialogs == []
    assert page.locator("#na-sources-panel b, #na-sources-panel i, #na-chat .na-answer b").count() == 0
    assert page.locator("#na-sources-panel script, #na-chat script").count() == 0


def test_english_switch_and_upload_from_the_corpus_tab(page, tmp_path):
    from playwright.sync_api import expect

    page.get_by_text("English", exact=True).click()
    expect(page.locator("#na-send")).to_have_text("Send")
    page.get_by_role("tab", name="Corpus").click()
    expect(page.locator("#na-corpus")).to_contain_text("Polres Malang Jaga Netralitas")
    note = tmp_path / "catatan pembekalan.md"
    note.write_text("# Catatan Pembekalan\n\nPembekalan kilat tentang netralitas untuk regu jaga malam.\n")
    page.locator("#na-files input[type=file]").set_input_files(str(note))
    page.locator("#na-upload").click()
    report = page.locator("#na-report")
    expect(report).to_contain_text("catatan_pembekalan.md", timeout=30_000)
    expect(report).to_contain_text("indexed")
    expect(page.locator("#na-corpus")).to_contain_text("Catatan Pembekalan")


def test_a_bad_filter_becomes_a_friendly_message_in_the_chat(page):
    from playwright.sync_api import expect

    page.get_by_text("Saring sumber").click()
    page.get_by_label("Sampai tanggal (YYYY-MM-DD)").fill("31-10-2024")
    ask(page, "Siapa Kapolresta Magelang?")
    expect(page.locator("#na-chat .na-error")).to_contain_text("YYYY-MM-DD", timeout=20_000)
    expect(page.locator("#na-chat")).not_to_contain_text("Traceback")
