"""The main job on a local mock server: list the ready accounts, sync each one, print a summary.

``make demo`` runs this. It starts Prism from openapi.yaml on 127.0.0.1, uses SOTicket + SO-AppToken
auth, keeps at most ``--concurrency`` SyncEmailAccount calls in flight (default 4), prints progress
and a per-account summary, and stops Prism.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tools.prism; the SDK is installed

from superoffice_email import AccountOutcome, EMailAgent, SOTicketAuth, SyncStatus, sync_all_ready

from tools.prism import PrismServer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=4, help="SyncEmailAccount calls in flight at most")
    parser.add_argument(
        "--ticket", default="7T:demo-ticket", help="SOTicket (any value works against the mock)"
    )
    parser.add_argument("--app-token", default="demo-app-token", help="SO-AppToken")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    print("starting the Prism mock server from openapi.yaml ...", flush=True)
    with PrismServer() as prism:
        print(f"Prism is listening on {prism.base_url}")
        auth = SOTicketAuth(args.ticket, app_token=args.app_token)
        with EMailAgent(prism.base_url, auth=auth, sync_concurrency=args.concurrency, language="en") as agent:

            def progress(done: int, total: int, outcome: AccountOutcome) -> None:
                print(f"  [{done}/{total}] account {outcome.account_id}: {outcome.status.value}", flush=True)

            started = time.perf_counter()
            outcomes = sync_all_ready(agent, progress=progress)
            elapsed = time.perf_counter() - started
            peak = agent.throttle.peak
    print("Prism stopped.\n")
    print(f"{'account':>8}  {'associate':<20} {'status':<8} {'seconds':>8}  detail")
    for o in outcomes:
        name = o.account.associate_name if isinstance(o.account.associate_name, str) else "-"
        detail = str(o.error) if o.error else o.reason
        print(f"{o.account_id!s:>8}  {name:<20} {o.status.value:<8} {o.seconds:8.3f}  {detail}")
    counts = {s: sum(1 for o in outcomes if o.status is s) for s in SyncStatus}
    print(
        f"\n{len(outcomes)} accounts: {counts[SyncStatus.SYNCED]} synced, "
        f"{counts[SyncStatus.FAILED]} failed, {counts[SyncStatus.SKIPPED]} skipped in {elapsed:.2f}s; "
        f"at most {peak} of {args.concurrency} in flight"
    )
    return 1 if counts[SyncStatus.FAILED] else 0


if __name__ == "__main__":
    raise SystemExit(main())
