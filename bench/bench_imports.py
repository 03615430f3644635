"""Import cost: fresh interpreters importing the SDK vs importing httpx alone."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchlib import Row, Section, ms, ratio, verdict

TARGET = 1.5  # the SDK may add at most 50% on top of httpx

BARE = "pass"
SNIPPETS = {
    "bare": BARE,
    "httpx": "import httpx",
    "sdk_module": "import superoffice_email",
    "sdk_names": "from superoffice_email import EMailAgent, SOTicketAuth\nEMailAgent.sync_email_account",
    "httpx_call": (
        "import httpx\n"
        "c = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)))\n"
        "c.post('http://127.0.0.1:9/api/v1/Agents/EMail/SyncEmailAccount', json={})"
    ),
    "sdk_call": (
        "import httpx\n"
        "from superoffice_email import EMailAgent, SOTicketAuth\n"
        "a = EMailAgent('http://127.0.0.1:9', auth=SOTicketAuth('t', app_token='a'),"
        " transport=httpx.MockTransport(lambda r: httpx.Response(204)))\n"
        "a.sync_email_account(None)"
    ),
}


def _env(pycache: str) -> dict[str, str]:
    """Bytecode caching on (as for an installed package), kept in a temporary folder, not the tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _once(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - started


def _importtime(snippet: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """``python -X importtime``: module -> (own µs, cumulative µs)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", snippet],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    found: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|", 2)
        found[name.strip()] = (int(own), int(cumulative))
    return found


def _extra(code: str, exclude_code: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Modules ``code`` imports that ``exclude_code`` does not, per module the median of 3 runs."""
    runs = [_importtime(code, env) for _ in range(3)]
    excluded = _importtime(exclude_code, env)
    names = {name for found in runs for name in found} - set(excluded)
    return {
        name: (
            int(statistics.median(found.get(name, (0, 0))[0] for found in runs)),
            int(statistics.median(found.get(name, (0, 0))[1] for found in runs)),
        )
        for name in names
    }


def _top(extra: dict[str, tuple[int, int]], count: int) -> list[tuple[str, int, int]]:
    ranked = sorted(extra.items(), key=lambda kv: -kv[1][0])[:count]
    return [(name, own, cumulative) for name, (own, cumulative) in ranked]


def _line(entry: tuple[str, int, int]) -> str:
    name, own, cumulative = entry
    return f"| `{name}` | {own / 1000:.1f} ms | {cumulative / 1000:.1f} ms |"


def run(quick: bool = False) -> Section:
    runs = 5 if quick else 11
    times: dict[str, list[float]] = {name: [] for name in SNIPPETS}
    names = list(SNIPPETS)
    with tempfile.TemporaryDirectory(prefix="so-bench-pyc-") as pycache:
        env = _env(pycache)
        for name in names:  # write the bytecode caches, warm the OS file cache
            _once(SNIPPETS[name], env)
        for r in range(runs):
            for name in names if r % 2 == 0 else reversed(names):
                times[name].append(_once(SNIPPETS[name], env))
        names_extra = _extra(SNIPPETS["sdk_names"], SNIPPETS["httpx"], env)
        call_extra = _extra(SNIPPETS["sdk_call"], SNIPPETS["sdk_names"], env)
        httpx_import = statistics.median(_importtime("import httpx", env)["httpx"][1] for _ in range(3))
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["bare"]

    def above(name: str) -> float:
        return max(median[name] - bare, 1e-6)

    section = Section()
    httpx_cost = above("httpx")
    for label, name, base, base_label in (
        ("`import superoffice_email` (lazy: loads no submodule)", "sdk_module", "httpx", "`import httpx`"),
        (
            "`from superoffice_email import EMailAgent, SOTicketAuth` + first attribute access",
            "sdk_names",
            "httpx",
            "`import httpx`",
        ),
        (
            "import + build agent + first call (MockTransport), vs the same with bare httpx",
            "sdk_call",
            "httpx_call",
            "httpx import + first call",
        ),
    ):
        sdk_cost, base_cost = above(name), above(base)
        section.rows.append(
            Row(
                f"Cold import: {label}",
                ms(sdk_cost),
                f"{ms(base_cost)} {base_label}",
                ratio(sdk_cost, base_cost),
                f"<= {TARGET:.1f}x (SDK adds <= 50%)",
                verdict(sdk_cost / base_cost <= TARGET, f"+{ms(sdk_cost - base_cost)}"),
            )
        )
    section.notes.append(
        f"Medians of {runs} fresh interpreters each, interleaved; times are above a bare `python -c pass` "
        f"({ms(bare)}); `import httpx` alone costs {ms(httpx_cost)}."
    )
    section.notes += [
        "",
        "Largest imports behind `from superoffice_email import EMailAgent, SOTicketAuth` that "
        "`import httpx` does not do, then those the first call adds (`python -X importtime`, medians of 3):",
        "",
        "| Module | own | cumulative |",
        "|---|---|---|",
        *(_line(entry) for entry in _top(names_extra, 8)),
        "| *first call adds:* | | |",
        *(_line(entry) for entry in _top(call_extra, 4)),
        "",
        f"By `-X importtime` (medians of 3; no interpreter start-up or exit in it): `import httpx` takes "
        f"{httpx_import / 1000:.1f} ms; the modules `from superoffice_email import EMailAgent, SOTicketAuth` "
        f"adds take {sum(v[0] for v in names_extra.values()) / 1000:.1f} ms "
        f"({sum(v[0] for v in names_extra.values()) / httpx_import:.0%} of httpx); the first call adds "
        f"{sum(v[0] for v in call_extra.values()) / 1000:.1f} ms more "
        f"({len([n for n in call_extra if '._generated.models.' in n])} generated model modules).",
    ]
    return section
