"""The package works when copied under another parent package, with its own name unimportable."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

from tools.prism import PrismServer
from tools.vendor import vendor

PROGRAM = """
import importlib.util, sys
sys.path[:0] = [{app_root!r}, {site_packages!r}]
assert importlib.util.find_spec("superoffice_email") is None, "top-level name must not be importable"
from someapp._vendor.superoffice_email import EMailAgent, SOTicketAuth
from someapp._vendor.superoffice_email.models import SyncUserAccount
with EMailAgent({base_url!r}, auth=SOTicketAuth("7T:vendored", app_token="app")) as agent:
    accounts = agent.get_ready_sync_email_accounts()
    assert all(isinstance(a, SyncUserAccount) for a in accounts)
    for account in accounts:
        agent.sync_email_account(account)
print("vendored-ok", len(accounts), type(agent).__module__)
"""


def test_vendored_copy_imports_and_calls_prism(tmp_path: Path, prism: PrismServer) -> None:
    vendor_dir = tmp_path / "someapp" / "_vendor"
    vendor_dir.mkdir(parents=True)
    (tmp_path / "someapp" / "__init__.py").write_text("")
    (vendor_dir / "__init__.py").write_text("")
    target = vendor(vendor_dir)
    assert (target / "_generated" / "api" / "email").is_dir()

    program = PROGRAM.format(
        app_root=str(tmp_path), site_packages=sysconfig.get_paths()["purelib"], base_url=prism.base_url
    )
    # -S: no site processing, so the editable install's finder for `superoffice_email` is absent;
    # only httpx and attrs come from site-packages. -I would also drop PYTHONPATH and the cwd.
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", program], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("vendored-ok "), result.stdout
    count = int(result.stdout.split()[1])
    assert count > 0
    assert result.stdout.split()[2] == "someapp._vendor.superoffice_email.agent"
