"""Wires the template's functions to moto: provisioning, environment, handlers, routes, pollers.

`Deployment` is what tests use in-process (call routes, drain queues and streams by hand);
`LocalStack` adds what `make run` needs on top: the moto server, poller threads and the HTTP front.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from local.apigw import HttpResponse, Router, error_response, http_event, http_response
from local.front import HttpFront
from local.pollers import SqsPoller, StreamPoller
from local.provision import PER_FUNCTION_VARIABLES, Stack, aws_environment, provision
from local.runtime import LocalFunction, environment, resolve_handler
from local.template import Template, TemplateError

log = logging.getLogger("local.stack")

# Settings a deployed stack also has, with a local value: the alert URL validator accepts plain-HTTP
# loopback targets (fake Slack, fake HTTP source) only when this is true; deployed, it is off.
LOCAL_ENVIRONMENT = {"ALLOW_LOOPBACK_ALERT_URLS": "true"}
# `make run` is for people: the template declares ADMIN_SWAGGER_UI "false", the developer's stack
# serves the admin API's Swagger UI. Integration tests keep the deployed value.
DEVELOPER_ENVIRONMENT = {**LOCAL_ENVIRONMENT, "ADMIN_SWAGGER_UI": "true"}


class StartupError(Exception):
    """The local stack cannot start; the message says what to fix."""


def start_moto() -> tuple[Any, str]:
    """moto's server on a free loopback port; returns the server and its endpoint URL."""
    from moto.server import ThreadedMotoServer  # moto is a dev dependency, imported only here

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return server, f"http://{host}:{port}"


@dataclass
class Deployment:
    stack: Stack
    environment: dict[str, str]
    functions: dict[str, LocalFunction]
    router: Router
    sqs_pollers: list[SqsPoller] = field(default_factory=list)
    stream_pollers: list[StreamPoller] = field(default_factory=list)

    @property
    def pollers(self) -> list[SqsPoller | StreamPoller]:
        return [*self.sqs_pollers, *self.stream_pollers]

    def request(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]] | Mapping[str, str] = (),
        body: bytes | str | None = None,
        source_ip: str = "127.0.0.1",
    ) -> HttpResponse:
        """One request through the HTTP API: route, payload-v2 event, handler, response."""
        match = self.router.match(method, unquote(target.partition("?")[0]))
        if match is None:
            return error_response(404, "Not Found")
        event = http_event(method, target, headers=headers, body=body, match=match, source_ip=source_ip)
        invocation = self.functions[match.route.function].invoke(event, source=match.route.route_key)
        if invocation.error is not None:
            return error_response(500, "Internal Server Error")
        try:
            return http_response(invocation.result)
        except (TypeError, ValueError) as exc:
            log.error("%s returned a response API Gateway cannot map: %s", match.route.function, exc)
            return error_response(500, "Internal Server Error")

    def drain(self, *, rounds: int = 20) -> int:
        """Runs every queue and stream mapping until nothing is left to deliver (tests)."""
        total = 0
        for _ in range(rounds):
            delivered = sum(poller.drain() for poller in self.pollers)
            total += delivered
            if not delivered:
                return total
        return total


def deploy(
    template: Template,
    endpoint_url: str | None,
    *,
    extra_environment: Mapping[str, str] = LOCAL_ENVIRONMENT,
    max_batching_window: float | None = None,
) -> Deployment:
    """Creates the resources, sets the process environment and imports every handler.

    Handlers read their settings when imported, so the environment is complete before the first one.
    """
    base = aws_environment(endpoint_url, template.region)
    apply_environment(base)  # before the first boto3 session: no profile or foreign endpoint applies
    stack = provision(template, endpoint_url)
    shared = {**base, **stack.shared_environment(), **extra_environment}
    apply_environment(shared)
    functions: dict[str, LocalFunction] = {}
    for logical_id, spec in template.functions.items():
        own = {k: v for k, v in stack.function_environment(logical_id).items() if k in PER_FUNCTION_VARIABLES}
        try:
            with environment(own):
                handler = resolve_handler(spec.handler)
        except Exception as exc:  # any failure at import is Lambda's init error: report where, stop
            where = traceback.extract_tb(exc.__traceback__)[-1]
            raise StartupError(
                f"{logical_id}: cannot load Handler {spec.handler}: {type(exc).__name__}: {exc} "
                f"({where.filename}:{where.lineno})"
            ) from exc
        functions[logical_id] = LocalFunction(
            spec, stack.function_name(spec), template.region, template.account_id, handler
        )
    deployment = Deployment(stack, shared, functions, Router(template.routes))
    for logical_id, spec in template.functions.items():
        for sqs in spec.sqs:
            if sqs.enabled:
                deployment.sqs_pollers.append(
                    SqsPoller(stack, sqs, functions[logical_id], max_window=max_batching_window)
                )
        for stream in spec.streams:
            if stream.enabled:
                deployment.stream_pollers.append(
                    StreamPoller(stack, stream, functions[logical_id], max_window=max_batching_window)
                )
    return deployment


def apply_environment(values: Mapping[str, str]) -> None:
    # Inherited AWS settings would win over or bypass moto's endpoint: AWS_ENDPOINT_URL_DYNAMODB left
    # over from DynamoDB Local, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS, a profile. Only ours may count.
    for name in [n for n in os.environ if n.startswith("AWS_") and n not in values]:
        del os.environ[name]
    os.environ.update(values)


class LocalStack:
    """`make run`: moto server, deployment, poller threads and the HTTP front, in one process."""

    def __init__(
        self, template: Template, *, host: str, port: int, max_batching_window: float | None = None
    ) -> None:
        self.template = template
        self.host = host
        self.port = port
        self.max_batching_window = max_batching_window
        self.deployment: Deployment | None = None
        self._moto: Any = None
        self._front: HttpFront | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        port = self._front.port if self._front else self.port
        return f"http://{self.host}:{port}"

    def start(self) -> Deployment:
        started = time.perf_counter()
        # Bind first: a busy port should fail before anything else starts.
        try:
            self._front = HttpFront(self._dispatch, self.host, self.port)
        except OSError as exc:
            raise StartupError(f"cannot listen on {self.host}:{self.port}: {exc.strerror}") from exc
        self._moto, endpoint = start_moto()
        try:
            self.deployment = deploy(
                self.template,
                endpoint,
                extra_environment=DEVELOPER_ENVIRONMENT,
                max_batching_window=self.max_batching_window,
            )
        except TemplateError as exc:
            raise StartupError(f"template.yaml: {exc}") from exc
        for poller in self.deployment.pollers:
            thread = threading.Thread(target=self._run_poller, args=(poller,), name=poller.name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._front.start()
        log.info("stack up in %.2fs (moto on %s)", time.perf_counter() - started, endpoint)
        return self.deployment

    def _run_poller(self, poller: SqsPoller | StreamPoller) -> None:
        while not self._stop.is_set():
            try:
                poller.run(self._stop)
            except Exception:  # a poller must outlive a moto hiccup, as Lambda's pollers do
                log.exception("%s: poll failed; retrying in 1s", poller.name)
                self._stop.wait(1)

    def _dispatch(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes, client: str
    ) -> HttpResponse:
        if self.deployment is None:
            return error_response(503, "Service Unavailable")
        return self.deployment.request(method, target, headers, body, client)

    def stop(self) -> None:
        self._stop.set()
        if self._front is not None:
            self._front.stop()
        for thread in self._threads:
            thread.join(timeout=10)
            if thread.is_alive():
                log.warning("%s did not stop within 10s", thread.name)
        if self._moto is not None:
            self._moto.stop()
