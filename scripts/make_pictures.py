"""Make the pictures the README shows, by running the very commands it prints under them.

    python scripts/make_pictures.py

Reads the README's "Pictures" section: each image there (``docs/NAME.svg`` or ``.png``) is
followed by the command that made it. An SVG command is run as it is; a command writing a
page (``report ... --out FILE.html``) is run into a temporary file, which headless Chromium
(Debian's ``chromium``) then photographs, offline, into the PNG. Run from the repository root
after changing how pictures are drawn, and commit docs/.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def pictures() -> list[tuple[str, list[str]]]:
    """(image path, command words) for each picture of the README's Pictures section."""
    section = README.read_text(encoding="utf-8").split("\n## Pictures\n", 1)[1].split("\n## ", 1)[0]
    found = re.findall(r"!\[[^\]]*\]\((docs/[^)]+)\)\s*\n\s*\n    (visitkb .+)\n", section)
    return [(image, shlex.split(command)) for image, command in found]


def visitkb() -> list[str]:
    """The visitkb of this Python (the checkout's, when installed in editable mode)."""
    script = Path(sys.executable).parent / "visitkb"
    return [str(script)] if script.exists() else [sys.executable, "-m", "visitkb"]


def photograph(page: Path, png: Path, width: int = 1100, height: int = 1400) -> None:
    """A PNG of a page as headless Chromium shows it, with every request sent to an address that answers nothing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("make_pictures: headless Chromium is needed for the PNG pictures: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--proxy-server=http://127.0.0.1:9",  # the discard port: nothing can be fetched
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    """Make every picture of the README, and say which."""
    made = pictures()
    if not made:
        raise SystemExit("make_pictures: the README's Pictures section names no picture")
    env = {**os.environ, "VISITKB_CACHE_DIR": tempfile.mkdtemp(prefix="visitkb-pictures-")}
    env.pop("VISITKB_DATA_DIR", None)  # the bundled knowledge base, as the README says
    for image, words in made:
        target = ROOT / image
        target.parent.mkdir(parents=True, exist_ok=True)
        out = words.index("--out") + 1
        if target.suffix == ".png":
            with tempfile.TemporaryDirectory() as folder:
                page = Path(folder) / Path(words[out]).name
                words = [*words[:out], str(page), *words[out + 1 :]]
                subprocess.run([*visitkb(), *words[1:]], check=True, cwd=ROOT, env=env)
                photograph(page, target)
        else:
            subprocess.run([*visitkb(), *words[1:]], check=True, cwd=ROOT, env=env)
        print(f"made {image}")


if __name__ == "__main__":
    main()
