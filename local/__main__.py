"""`make run`: the whole Privacy Portal in one process on http://127.0.0.1:3000 (see docs/local-stack.md).

Environment:
  PORT                               listen port (3000)
  PORTAL_HOST                        listen address (127.0.0.1)
  PORTAL_WRITE_KEY                   the default source's write key (random when unset)
  PORTAL_OWNER_TOKEN                 the first owner token (random when unset)
  LOCAL_MAX_BATCHING_WINDOW_SECONDS  caps the template's MaximumBatchingWindowInSeconds (unset: as deployed)
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from local.bootstrap import Credentials
    from local.stack import LocalStack

log = logging.getLogger("local")


def _settings() -> tuple[str, int, float | None]:
    host = os.environ.get("PORTAL_HOST") or "127.0.0.1"
    try:
        port = int(os.environ.get("PORT") or 3000)
        window_text = os.environ.get("LOCAL_MAX_BATCHING_WINDOW_SECONDS")
        window = float(window_text) if window_text else None
    except ValueError as exc:
        raise ValueError(f"PORT and LOCAL_MAX_BATCHING_WINDOW_SECONDS must be numbers: {exc}") from exc
    return host, port, window


def _configure_logging() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # moto's server logs every AWS call the handlers make; the invocation log says what matters.
    for noisy in ("werkzeug", "botocore", "urllib3", "moto"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _announce(base_url: str, credentials: Credentials, seconds: float) -> None:
    track = f"{base_url}/v1/track"
    print(
        f"""Privacy Portal is ready on {base_url} (started in {seconds:.2f}s)
  Tracking URL: {track}
  Write key:    {credentials.write_key}   (source "{credentials.source_id}")
  Owner token:  {credentials.owner_token}

  Send an event:
    curl -u {credentials.write_key}: -H 'content-type: application/json' \\
      -d '{{"userId":"u1","event":"Signed Up","properties":{{"email":"a@b.co"}}}}' {track}
  List the inbox:
    curl -H "authorization: Bearer {credentials.owner_token}" {base_url}/admin/inbox
  Admin API (Swagger UI): {base_url}/admin/swagger

  Ctrl-C stops it.""",
        flush=True,
    )


def main() -> int:
    started = time.perf_counter()
    stop = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    _configure_logging()

    # Imported only now: these imports take a second or more, and a Ctrl-C during them must still
    # end in a clean stop rather than a KeyboardInterrupt traceback.
    from local import template as template_module
    from local.bootstrap import bootstrap
    from local.stack import LocalStack, StartupError
    from portal.credentials import new_token, new_write_key

    try:
        host, port, window = _settings()
    except ValueError as exc:
        print(f"local stack failed to start: {exc}", file=sys.stderr, flush=True)
        return 1
    stack: LocalStack | None = None
    try:
        template = template_module.load()
        stack = LocalStack(template, host=host, port=port, max_batching_window=window)
        deployment = stack.start()
        credentials = bootstrap(
            deployment,
            write_key=os.environ.get("PORTAL_WRITE_KEY") or new_write_key(),
            owner_token=os.environ.get("PORTAL_OWNER_TOKEN") or new_token(),
        )
    except (StartupError, template_module.TemplateError) as exc:
        print(f"local stack failed to start: {exc}", file=sys.stderr, flush=True)
        if stack is not None:
            stack.stop()
        return 1
    if not stop.is_set():  # Ctrl-C during start-up: stop without claiming to be ready
        _announce(stack.base_url, credentials, time.perf_counter() - started)
    stop.wait()
    stack.stop()
    log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
