"""Creates the template's tables, queues, topic, subscriptions and secrets in moto.

Each resource type maps the CloudFormation properties that change behaviour locally (keys, indexes,
streams, TTL, visibility, redrive, raw delivery, generated secrets). Properties without a local
meaning (encryption, point-in-time recovery, tags, queue policies) are not reproduced.
"""

from __future__ import annotations

import functools
import json
import logging
import secrets
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import boto3
from botocore.config import Config

from local.template import (
    FUNCTION_TYPE,
    PROVISIONED_TYPES,
    FunctionSpec,
    Resolver,
    Template,
    TemplateError,
    references,
)

log = logging.getLogger("local.provision")

# Variables a function may set differently from its neighbours although all handlers share one
# process: Powertools reads the service name once, when the handler module creates its Logger,
# Metrics and Tracer, so importing each handler with its own value keeps log lines apart.
PER_FUNCTION_VARIABLES = frozenset({"POWERTOOLS_SERVICE_NAME"})


def aws_environment(endpoint_url: str | None, region: str) -> dict[str, str]:
    """What makes unmodified handler code talk to moto: endpoints, fake credentials, region.

    Without an endpoint (in-process moto.mock_aws), requests go to AWS's own hostnames and moto
    intercepts them; then only account-id-based DynamoDB endpoints must be off, or moto misses them.
    """
    target = (
        {"AWS_ENDPOINT_URL": endpoint_url} if endpoint_url else {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"}
    )
    return {
        **target,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": region,
        "AWS_REGION": region,
        # Nothing from ~/.aws (profiles, SSO, endpoint overrides) may leak into the local stack.
        "AWS_CONFIG_FILE": "/nonexistent/local-stack/aws-config",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/local-stack/aws-credentials",
    }


@functools.cache
def client(service: str, endpoint_url: str | None, region: str) -> Any:
    # One client per service and endpoint for the whole process: building one loads the service
    # model (~0.1-0.2s), and boto3 clients are thread-safe.
    return _session().client(
        service,
        endpoint_url=endpoint_url,
        region_name=region,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # noqa: S106 - moto's fake credentials
        config=Config(retries={"max_attempts": 2, "mode": "standard"}),
    )


@functools.cache
def _session() -> boto3.session.Session:
    return boto3.session.Session()


@dataclass
class Stack:
    """The created resources: what !Ref and !GetAtt mean for this template, on this moto server."""

    template: Template
    endpoint_url: str | None
    refs: dict[str, str] = field(default_factory=dict)
    attributes: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def resolver(self) -> Resolver:
        return Resolver(self.template, self.refs, self.attributes)

    def resolve(self, value: Any) -> Any:
        return self.resolver.resolve(value)

    def client(self, service: str) -> Any:
        return client(service, self.endpoint_url, self.template.region)

    def function_environment(self, logical_id: str) -> dict[str, str]:
        spec = self.template.functions[logical_id]
        return {
            name: _env_text(self.resolve(value), logical_id, name) for name, value in spec.environment.items()
        }

    def shared_environment(self) -> dict[str, str]:
        """The union of all functions' variables; a disagreement is an error, not a silent pick."""
        union: dict[str, str] = {}
        owner: dict[str, str] = {}
        for logical_id in self.template.functions:
            for name, value in self.function_environment(logical_id).items():
                if name in PER_FUNCTION_VARIABLES:
                    continue
                if name in union and union[name] != value:
                    raise TemplateError(
                        f"environment variable {name} is {union[name]!r} in {owner[name]} but {value!r} in "
                        f"{logical_id}; all functions share one process locally, so they must agree"
                    )
                union[name] = value
                owner.setdefault(name, logical_id)
        return union

    def function_name(self, spec: FunctionSpec) -> str:
        if spec.function_name is not None:
            return str(self.resolve(spec.function_name))
        return self.template.physical_name(spec.logical_id)

    def queue_url(self, arn: str) -> str:
        """Event sources and destinations name queues by ARN; the SQS API wants the URL."""
        for logical_id in self.template.of_type("AWS::SQS::Queue"):
            if self.attributes.get((logical_id, "Arn")) == arn:
                return self.refs[logical_id]
        raise TemplateError(f"no queue of this template has the ARN {arn}")


def _env_text(value: Any, logical_id: str, name: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TemplateError(f"{logical_id}: environment variable {name} does not resolve to a string")


def provision(template: Template, endpoint_url: str | None) -> Stack:
    stack = Stack(template=template, endpoint_url=endpoint_url)
    for logical_id in _creation_order(template):
        resource = template.resources[logical_id]
        _CREATORS[resource["Type"]](stack, logical_id, resource.get("Properties", {}) or {})
    skipped = sorted(
        lid
        for lid, r in template.resources.items()
        if r.get("Type") not in PROVISIONED_TYPES and r.get("Type") != FUNCTION_TYPE
    )
    log.debug("not reproduced locally: %s", ", ".join(skipped))
    return stack


def _creation_order(template: Template) -> list[str]:
    wanted = {lid for lid, r in template.resources.items() if r.get("Type") in PROVISIONED_TYPES}
    order: list[str] = []
    visiting: set[str] = set()

    def visit(logical_id: str) -> None:
        if logical_id in order:
            return
        if logical_id in visiting:
            raise TemplateError(f"circular reference through {logical_id}")
        visiting.add(logical_id)
        for dependency in sorted(references(template.resources[logical_id].get("Properties", {}))):
            if dependency in wanted:
                visit(dependency)
        visiting.discard(logical_id)
        order.append(logical_id)

    for logical_id in sorted(wanted):
        visit(logical_id)
    return order


def _create_table(stack: Stack, logical_id: str, props: dict[str, Any]) -> None:
    p = stack.resolve(props)
    name = p.get("TableName") or stack.template.physical_name(logical_id)
    billing = p.get("BillingMode", "PROVISIONED")
    kwargs: dict[str, Any] = {
        "TableName": name,
        "AttributeDefinitions": p["AttributeDefinitions"],
        "KeySchema": p["KeySchema"],
        "BillingMode": billing,
    }
    throughput = p.get("ProvisionedThroughput") or {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
    if billing == "PROVISIONED":
        kwargs["ProvisionedThroughput"] = _int_values(throughput)
    if p.get("GlobalSecondaryIndexes"):
        indexes = []
        for index in p["GlobalSecondaryIndexes"]:
            entry = {k: index[k] for k in ("IndexName", "KeySchema", "Projection")}
            if billing == "PROVISIONED":
                entry["ProvisionedThroughput"] = _int_values(index.get("ProvisionedThroughput") or throughput)
            indexes.append(entry)
        kwargs["GlobalSecondaryIndexes"] = indexes
    if p.get("LocalSecondaryIndexes"):
        kwargs["LocalSecondaryIndexes"] = [
            {k: index[k] for k in ("IndexName", "KeySchema", "Projection")}
            for index in p["LocalSecondaryIndexes"]
        ]
    if p.get("StreamSpecification"):
        kwargs["StreamSpecification"] = {
            "StreamEnabled": True,
            "StreamViewType": p["StreamSpecification"]["StreamViewType"],
        }
    dynamodb = stack.client("dynamodb")
    description = dynamodb.create_table(**kwargs)["TableDescription"]
    ttl = p.get("TimeToLiveSpecification")
    if ttl and str(ttl.get("Enabled", False)).lower() == "true":
        dynamodb.update_time_to_live(
            TableName=name, TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": True}
        )
    stack.refs[logical_id] = name
    stack.attributes[(logical_id, "Arn")] = description["TableArn"]
    if "LatestStreamArn" in description:
        stack.attributes[(logical_id, "StreamArn")] = description["LatestStreamArn"]


def _int_values(throughput: Mapping[str, Any]) -> dict[str, int]:
    return {k: int(v) for k, v in throughput.items()}


_QUEUE_ATTRIBUTES = (
    "DelaySeconds",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "ReceiveMessageWaitTimeSeconds",
    "VisibilityTimeout",
    "FifoQueue",
    "ContentBasedDeduplication",
)


def _create_queue(stack: Stack, logical_id: str, props: dict[str, Any]) -> None:
    p = stack.resolve(props)
    fifo = str(p.get("FifoQueue", "false")).lower() == "true"
    name = p.get("QueueName") or stack.template.physical_name(logical_id) + (".fifo" if fifo else "")
    attributes = {k: _env_text(p[k], logical_id, k) for k in _QUEUE_ATTRIBUTES if k in p}
    if "RedrivePolicy" in p:
        policy = p["RedrivePolicy"]
        attributes["RedrivePolicy"] = policy if isinstance(policy, str) else json.dumps(policy)
    sqs = stack.client("sqs")
    url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    stack.refs[logical_id] = url
    stack.attributes.update(
        {(logical_id, "Arn"): arn, (logical_id, "QueueName"): name, (logical_id, "QueueUrl"): url}
    )


def _create_topic(stack: Stack, logical_id: str, props: dict[str, Any]) -> None:
    p = stack.resolve(props)
    fifo = str(p.get("FifoTopic", "false")).lower() == "true"
    name = p.get("TopicName") or stack.template.physical_name(logical_id) + (".fifo" if fifo else "")
    attributes = {
        k: _env_text(p[k], logical_id, k) for k in ("FifoTopic", "ContentBasedDeduplication") if k in p
    }
    arn = stack.client("sns").create_topic(Name=name, Attributes=attributes)["TopicArn"]
    stack.refs[logical_id] = arn
    stack.attributes.update({(logical_id, "TopicArn"): arn, (logical_id, "TopicName"): name})


def _create_subscription(stack: Stack, logical_id: str, props: dict[str, Any]) -> None:
    p = stack.resolve(props)
    attributes: dict[str, str] = {}
    if "RawMessageDelivery" in p:
        attributes["RawMessageDelivery"] = _env_text(
            p["RawMessageDelivery"], logical_id, "RawMessageDelivery"
        ).lower()
    if "FilterPolicy" in p:
        policy = p["FilterPolicy"]
        attributes["FilterPolicy"] = policy if isinstance(policy, str) else json.dumps(policy)
    if "FilterPolicyScope" in p:
        attributes["FilterPolicyScope"] = str(p["FilterPolicyScope"])
    arn = stack.client("sns").subscribe(
        TopicArn=p["TopicArn"],
        Protocol=p["Protocol"],
        Endpoint=p["Endpoint"],
        Attributes=attributes,
        ReturnSubscriptionArn=True,
    )["SubscriptionArn"]
    stack.refs[logical_id] = arn


def _create_secret(stack: Stack, logical_id: str, props: dict[str, Any]) -> None:
    p = stack.resolve(props)
    name = p.get("Name") or stack.template.physical_name(logical_id)
    if "SecretString" in p:
        value = str(p["SecretString"])
    else:
        value = generate_secret_string(p.get("GenerateSecretString") or {})
    kwargs: dict[str, Any] = {"Name": name, "SecretString": value}
    if p.get("Description"):
        kwargs["Description"] = str(p["Description"])
    arn = stack.client("secretsmanager").create_secret(**kwargs)["ARN"]
    stack.refs[logical_id] = arn
    stack.attributes[(logical_id, "Id")] = arn


def generate_secret_string(spec: Mapping[str, Any]) -> str:
    """Secrets Manager's GenerateSecretString, for the options templates commonly use."""
    alphabet = string.ascii_letters + string.digits
    if str(spec.get("ExcludeUppercase", "false")).lower() == "true":
        alphabet = alphabet.replace(string.ascii_uppercase, "")
    if str(spec.get("ExcludeLowercase", "false")).lower() == "true":
        alphabet = alphabet.replace(string.ascii_lowercase, "")
    if str(spec.get("ExcludeNumbers", "false")).lower() == "true":
        alphabet = alphabet.replace(string.digits, "")
    if str(spec.get("ExcludePunctuation", "false")).lower() != "true":
        alphabet += string.punctuation
    if str(spec.get("IncludeSpace", "false")).lower() == "true":
        alphabet += " "
    alphabet = "".join(c for c in alphabet if c not in str(spec.get("ExcludeCharacters", "")))
    password = "".join(secrets.choice(alphabet) for _ in range(int(spec.get("PasswordLength", 32))))
    if "GenerateStringKey" in spec:
        document = json.loads(spec.get("SecretStringTemplate", "{}"))
        document[spec["GenerateStringKey"]] = password
        return json.dumps(document)
    return password


_CREATORS: dict[str, Callable[[Stack, str, dict[str, Any]], None]] = {
    "AWS::DynamoDB::Table": _create_table,
    "AWS::SQS::Queue": _create_queue,
    "AWS::SNS::Topic": _create_topic,
    "AWS::SNS::Subscription": _create_subscription,
    "AWS::SecretsManager::Secret": _create_secret,
}
