"""Draw the site's logo (the mark and the two-line name) as the PNG at the top of the
newsletter's HTML mail: static/img/mail-logo.png.

Mail programs do not show inline SVG reliably (Outlook and Gmail drop it), so the mail
shows this picture instead. It is rasterised by headless Chromium from the same drawing
the pages use (site/templates/components/logo_mark.svg) and the site's own typeface, at
twice its shown size for sharp screens, on the mail header's background colour (opaque,
so a mail program's dark mode cannot hide the dark square). The PNG is committed; run
this again only when the logo changes, then commit static/img/mail-logo.png:

    .venv/bin/python scripts/make_mail_logo.py          (needs /usr/bin/chromium)

The shown size (MAIL_LOGO_WIDTH x MAIL_LOGO_HEIGHT in newsletter/digest.py) must match
what this prints.
"""

import base64
import os
import re
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
MARK = ROOT / "site/templates/components/logo_mark.svg"
FONT = ROOT / "static/fonts/source-sans-3-latin-700-normal.woff2"
TARGET = ROOT / "static/img/mail-logo.png"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCALE = 2

# The logo as in the site's header (static/css/site.css, "The logo"), at 16 px a rem.
PAGE = """<!DOCTYPE html><html><head><style>
@font-face {{ font-family: "Source Sans 3"; font-weight: 700;
  src: url("data:font/woff2;base64,{font}") format("woff2"); }}
html, body {{ margin: 0; background: #f6f1ec; }}
.logo {{ display: inline-flex; align-items: center; gap: 9px; padding: 2px;
  font: 700 21px/1 "Source Sans 3"; letter-spacing: -0.015em; color: #1d1d1b;
  background: #f6f1ec; }}
.logo svg {{ width: 42px; height: 30px; }}
.wordmark {{ display: flex; flex-direction: column; }}
.second {{ color: #a3123f; }}
</style></head><body><div class="logo">{mark}<span class="wordmark">
<span>Radicale</span><span class="second">vernieuwing</span></span></div></body></html>"""


def mark_svg():
    """The drawing without its Django comment, its colours written out (the site sets the
    gap's colour from its style sheet)."""
    svg = re.sub(r"\{#.*?#\}", "", MARK.read_text(), flags=re.S).strip()
    return svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)


def main():
    # The font inline: a page set from a string may not read files from the disk.
    font = base64.b64encode(FONT.read_bytes()).decode("ascii")
    html = PAGE.format(font=font, mark=mark_svg())
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        page = browser.new_page(device_scale_factor=SCALE)
        page.set_content(html)
        page.evaluate("document.fonts.ready")
        if not page.evaluate("document.fonts.check('700 21px \"Source Sans 3\"')"):
            raise SystemExit("Source Sans 3 did not load; the PNG would show another font")
        logo = page.locator(".logo")
        box = logo.bounding_box()
        logo.screenshot(path=str(TARGET))
        browser.close()
    print(f"{TARGET.relative_to(ROOT)}: shown at {box['width']:.0f} x {box['height']:.0f} px")


if __name__ == "__main__":
    main()
