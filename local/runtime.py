"""The Lambda runtime, reduced to what one process needs: import a handler, invoke it with a context.

Each function runs one invocation at a time (like a function with reserved concurrency 1), so
handler code written for Lambda's one-event-per-instance model never sees two threads at once.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from local.template import FunctionSpec

log = logging.getLogger("local.invoke")

Handler = Callable[[Any, Any], Any]


@dataclass
class LambdaContext:
    function_name: str
    invoked_function_arn: str
    memory_limit_in_mb: int
    aws_request_id: str
    deadline: float
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = "local"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self.deadline - time.monotonic()) * 1000))


@dataclass
class Invocation:
    result: Any
    error: BaseException | None
    duration_ms: float


class LocalFunction:
    def __init__(self, spec: FunctionSpec, name: str, region: str, account_id: str, handler: Handler) -> None:
        self.spec = spec
        self.name = name
        self.arn = f"arn:aws:lambda:{region}:{account_id}:function:{name}"
        self.handler = handler
        self._lock = threading.Lock()

    @property
    def logical_id(self) -> str:
        return self.spec.logical_id

    def context(self) -> LambdaContext:
        return LambdaContext(
            function_name=self.name,
            invoked_function_arn=self.arn,
            memory_limit_in_mb=self.spec.memory_mb,
            aws_request_id=str(uuid.uuid4()),
            deadline=time.monotonic() + self.spec.timeout_seconds,
            log_group_name=f"/aws/lambda/{self.name}",
        )

    def invoke(self, event: Any, *, source: str, batch_size: int | None = None) -> Invocation:
        """Runs the handler; a raised exception is returned, not re-raised, as Lambda would."""
        with self._lock:
            context = self.context()
            started = time.perf_counter()
            try:
                result = self.handler(event, context)
                error: BaseException | None = None
            except Exception as exc:  # the handler's failure is data for the caller (retry, 502)
                result, error = None, exc
            duration_ms = (time.perf_counter() - started) * 1000
        outcome = "ok" if error is None else f"error {type(error).__name__}"
        size = "" if batch_size is None else f" batch={batch_size}"
        log.info("%s %s%s %s %.1fms", self.logical_id, source, size, outcome, duration_ms)
        if error is not None:
            # Lambda logs the traceback of an unhandled error; so do we, to the local stack's stderr.
            log.error("%s raised:\n%s", self.logical_id, "".join(traceback.format_exception(error)).rstrip())
        if duration_ms > self.spec.timeout_seconds * 1000:
            log.warning(
                "%s ran %.0fms, longer than its Timeout of %ss",
                self.logical_id,
                duration_ms,
                self.spec.timeout_seconds,
            )
        return Invocation(result, error, duration_ms)


def resolve_handler(handler: str) -> Handler:
    module_name, _, attribute = handler.rpartition(".")
    if not module_name:
        raise ValueError(f"Handler {handler!r} must be module.function")
    module = importlib.import_module(module_name)
    function = getattr(module, attribute, None)
    if not callable(function):
        raise ValueError(f"Handler {handler!r}: {module_name} has no function {attribute}")
    return function


@contextmanager
def environment(values: Mapping[str, str]) -> Iterator[None]:
    """Temporarily sets variables (for the import of one handler), then restores the previous ones."""
    previous = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
