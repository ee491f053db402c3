"""Integration fixtures: the handlers in-process on moto, with everything created from template.yaml.

Every test gets a fresh `moto.mock_aws` world (so nothing leaks between tests and tables stay small),
provisioned by the local stack's own code (local/template.py, local/provision.py): tables with their
indexes, streams and TTL, the topic, the queues with their redrive policy, the subscription, the
secret. The environment is the union of the functions' template variables, resolved, and is set
when this file is imported, i.e. before any test module imports a handler (handlers read their
settings at import).

Fixtures:
  stack        the created resources only (`stack.refs`, `stack.client("sqs")`, ...)
  deployment   resources + imported handlers + the template's queue/stream mappings:
               `deployment.request("POST", "/v1/track", headers, body)` goes through the routes as
               API Gateway would; `deployment.drain()` runs classify and alerts until idle.
  credentials  a default source and an owner token, seeded the way the local stack seeds them
  lambda_context  a context object for calling a handler directly
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator

import pytest
from moto import mock_aws
from moto.moto_api._internal import mock_random

from local import template as local_template
from local.bootstrap import Credentials, bootstrap
from local.provision import Stack, aws_environment, provision
from local.runtime import LambdaContext
from local.stack import LOCAL_ENVIRONMENT, Deployment, apply_environment, deploy

TEMPLATE = local_template.load()
WRITE_KEY = "wk_integration_tests_0123456789abcdef"
OWNER_TOKEN = "ppo_integration-tests-owner-token-0123456789abcdef"

# moto gives secrets a random ARN suffix. Seeding its generator before each provisioning gives every
# test the same ARNs, so the environment the handlers read once at import stays true all session.
_SEED = 20261129


def _provision(endpoint_url: None = None) -> Stack:
    mock_random.seed(_SEED)
    return provision(TEMPLATE, endpoint_url)


def _environment() -> dict[str, str]:
    with mock_aws():
        stack = _provision()
        return {**aws_environment(None, TEMPLATE.region), **stack.shared_environment(), **LOCAL_ENVIRONMENT}


apply_environment(aws_environment(None, TEMPLATE.region))  # no profile or endpoint of the developer's
ENVIRONMENT = _environment()
apply_environment(ENVIRONMENT)
# moto's request log and botocore's retries are noise in test output.
for _noisy in ("botocore", "werkzeug", "moto"):
    logging.getLogger(_noisy).setLevel(logging.WARNING)


def _check_environment(stack: Stack) -> None:
    now = {**aws_environment(None, TEMPLATE.region), **stack.shared_environment(), **LOCAL_ENVIRONMENT}
    if now != ENVIRONMENT:
        changed = sorted(k for k in now.keys() | ENVIRONMENT.keys() if now.get(k) != ENVIRONMENT.get(k))
        raise RuntimeError(f"provisioning is no longer deterministic; these variables moved: {changed}")


@pytest.fixture
def stack() -> Iterator[Stack]:
    with mock_aws():
        created = _provision()
        _check_environment(created)
        yield created


@pytest.fixture
def deployment() -> Iterator[Deployment]:
    with mock_aws():
        mock_random.seed(_SEED)
        deployed = deploy(TEMPLATE, None)
        _check_environment(deployed.stack)
        yield deployed


@pytest.fixture
def credentials(deployment: Deployment) -> Credentials:
    return bootstrap(deployment, write_key=WRITE_KEY, owner_token=OWNER_TOKEN)


@pytest.fixture
def lambda_context() -> LambdaContext:
    return LambdaContext(
        function_name="integration-test",
        invoked_function_arn=f"arn:aws:lambda:{TEMPLATE.region}:{TEMPLATE.account_id}:function:integration-test",
        memory_limit_in_mb=512,
        aws_request_id=str(uuid.uuid4()),
        deadline=time.monotonic() + 30,
    )
