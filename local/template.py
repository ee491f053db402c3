"""Reads template.yaml: the only description of resources, functions, routes and event sources.

The local stack and the integration tests both build everything from what this module returns, so
neither keeps a second list that could drift from the deployment. Intrinsic functions are resolved
only against what the local stack creates (tables, queues, topics, subscriptions, secrets),
parameters (defaults or overrides) and pseudo parameters; anything else fails loudly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

DEFAULT_STACK_NAME = "privacy-portal-local"
# moto's default account; queue URLs and ARNs it hands out carry this id.
ACCOUNT_ID = "123456789012"
REGION = "us-east-1"

# Resource types the local stack creates in moto; the rest are either emulated differently
# (functions, the HTTP API, layers come from the editable install) or have no local meaning (IAM).
PROVISIONED_TYPES = frozenset(
    {
        "AWS::DynamoDB::Table",
        "AWS::SQS::Queue",
        "AWS::SNS::Topic",
        "AWS::SNS::Subscription",
        "AWS::SecretsManager::Secret",
    }
)
FUNCTION_TYPE = "AWS::Serverless::Function"


class TemplateError(Exception):
    """The template uses something the local stack cannot reproduce faithfully."""


# ------------------------------------------------------------------------------------------- loading

_SHORT_TAGS = {
    "Ref": "Ref",
    "Condition": "Condition",
    **{
        name: f"Fn::{name}"
        for name in (
            "GetAtt",
            "Sub",
            "Join",
            "Select",
            "Split",
            "If",
            "Equals",
            "Not",
            "And",
            "Or",
            "FindInMap",
            "Base64",
            "Cidr",
            "ImportValue",
            "GetAZs",
            "Transform",
            "ToJsonString",
            "Length",
        )
    },
}


class _CloudFormationLoader(yaml.SafeLoader):
    """SafeLoader plus CloudFormation's short-form tags (!Ref, !GetAtt, !Sub, ...)."""


def _construct_short_tag(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
    tag = node.tag[1:]
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if tag == "GetAtt":
            # The short form "Resource.Attribute" is the list form in disguise.
            value = str(value).split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {_SHORT_TAGS[tag]: value}


for _tag in _SHORT_TAGS:
    _CloudFormationLoader.add_constructor(f"!{_tag}", _construct_short_tag)


def load_yaml(path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_CloudFormationLoader)  # noqa: S506 - SafeLoader subclass
    if not isinstance(document, dict) or "Resources" not in document:
        raise TemplateError(f"{path} is not a CloudFormation template (no Resources)")
    return document


# ------------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class HttpRoute:
    function: str
    method: str  # upper case, or ANY
    path: str  # as written in the template, e.g. /admin/{proxy+}

    @property
    def route_key(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class SqsMapping:
    function: str
    name: str
    queue: Any  # unresolved intrinsic; resolve with Stack.resolve
    batch_size: int
    batching_window_seconds: float
    report_batch_item_failures: bool
    filters: tuple[dict[str, Any], ...]
    enabled: bool


@dataclass(frozen=True)
class StreamMapping:
    function: str
    name: str
    stream: Any
    starting_position: str
    batch_size: int
    batching_window_seconds: float
    bisect_on_error: bool
    maximum_retry_attempts: int  # -1: until the record expires
    maximum_record_age_seconds: int  # -1: no limit
    report_batch_item_failures: bool
    on_failure: Any | None
    filters: tuple[dict[str, Any], ...]
    enabled: bool


@dataclass(frozen=True)
class FunctionSpec:
    logical_id: str
    handler: str
    timeout_seconds: int
    memory_mb: int
    environment: dict[str, Any]  # unresolved values, Globals merged under the function's own
    routes: tuple[HttpRoute, ...] = ()
    sqs: tuple[SqsMapping, ...] = ()
    streams: tuple[StreamMapping, ...] = ()
    function_name: Any | None = None


@dataclass
class Template:
    document: dict[str, Any]
    parameters: dict[str, str]
    stack_name: str = DEFAULT_STACK_NAME
    region: str = REGION
    account_id: str = ACCOUNT_ID
    functions: dict[str, FunctionSpec] = field(default_factory=dict)

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        return self.document["Resources"]

    def of_type(self, resource_type: str) -> dict[str, dict[str, Any]]:
        return {lid: r for lid, r in self.resources.items() if r.get("Type") == resource_type}

    @property
    def routes(self) -> list[HttpRoute]:
        return [route for fn in self.functions.values() for route in fn.routes]

    def physical_name(self, logical_id: str) -> str:
        # CloudFormation names unnamed resources "<stack>-<LogicalId>-<random>"; locally the random
        # part would only make names harder to read in logs.
        return f"{self.stack_name}-{logical_id}"


def load(
    path: Path = TEMPLATE_PATH,
    *,
    parameter_overrides: Mapping[str, str] | None = None,
    stack_name: str = DEFAULT_STACK_NAME,
) -> Template:
    document = load_yaml(path)
    parameters = _parameters(document, parameter_overrides or {})
    template = Template(document=document, parameters=parameters, stack_name=stack_name)
    # Parameters are known now, so event-source settings such as BatchSize: !Ref X become numbers.
    static = Resolver(template, refs={}, attributes={})
    globals_fn = document.get("Globals", {}).get("Function", {})
    for logical_id, resource in template.of_type(FUNCTION_TYPE).items():
        template.functions[logical_id] = _function_spec(logical_id, resource, globals_fn, static)
    return template


def _parameters(document: dict[str, Any], overrides: Mapping[str, str]) -> dict[str, str]:
    declared = document.get("Parameters", {}) or {}
    unknown = set(overrides) - set(declared)
    if unknown:
        raise TemplateError(f"parameter overrides not declared in the template: {sorted(unknown)}")
    values: dict[str, str] = {}
    for name, spec in declared.items():
        if name in overrides:
            values[name] = str(overrides[name])
        elif "Default" in spec:
            values[name] = _scalar_text(spec["Default"])
        else:
            raise TemplateError(f"parameter {name} has no Default; pass it as an override")
        allowed = spec.get("AllowedValues")
        if allowed is not None and values[name] not in [_scalar_text(v) for v in allowed]:
            raise TemplateError(f"parameter {name} must be one of {allowed}")
        pattern = spec.get("AllowedPattern")
        if pattern is not None and not re.fullmatch(pattern, values[name]):
            raise TemplateError(f"parameter {name} does not match {pattern}")
    return values


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _function_spec(
    logical_id: str, resource: dict[str, Any], globals_fn: dict[str, Any], static: Resolver
) -> FunctionSpec:
    props = {**globals_fn, **resource.get("Properties", {})}
    handler = props.get("Handler")
    if not handler:
        raise TemplateError(f"{logical_id} has no Handler")
    environment = {
        **globals_fn.get("Environment", {}).get("Variables", {}),
        **resource.get("Properties", {}).get("Environment", {}).get("Variables", {}),
    }
    routes: list[HttpRoute] = []
    sqs: list[SqsMapping] = []
    streams: list[StreamMapping] = []
    for name, event in (props.get("Events") or {}).items():
        kind = event.get("Type")
        ep = event.get("Properties", {}) or {}
        if kind == "HttpApi":
            method = str(ep.get("Method", "ANY")).upper()
            routes.append(
                HttpRoute(
                    logical_id,
                    "ANY" if method == "X-AMAZON-APIGATEWAY-ANY-METHOD" else method,
                    ep.get("Path", "$default"),
                )
            )
        elif kind == "SQS":
            sqs.append(
                SqsMapping(
                    function=logical_id,
                    name=name,
                    queue=ep["Queue"],
                    batch_size=int(static.resolve(ep.get("BatchSize", 10))),
                    batching_window_seconds=float(
                        static.resolve(ep.get("MaximumBatchingWindowInSeconds", 0))
                    ),
                    report_batch_item_failures="ReportBatchItemFailures"
                    in ep.get("FunctionResponseTypes", []),
                    filters=_filters(ep),
                    enabled=_truthy(static.resolve(ep.get("Enabled", True))),
                )
            )
        elif kind == "DynamoDB":
            on_failure = (ep.get("DestinationConfig") or {}).get("OnFailure")
            streams.append(
                StreamMapping(
                    function=logical_id,
                    name=name,
                    stream=ep["Stream"],
                    starting_position=str(static.resolve(ep.get("StartingPosition", "LATEST"))),
                    batch_size=int(static.resolve(ep.get("BatchSize", 100))),
                    batching_window_seconds=float(
                        static.resolve(ep.get("MaximumBatchingWindowInSeconds", 0))
                    ),
                    bisect_on_error=_truthy(static.resolve(ep.get("BisectBatchOnFunctionError", False))),
                    maximum_retry_attempts=int(static.resolve(ep.get("MaximumRetryAttempts", -1))),
                    maximum_record_age_seconds=int(static.resolve(ep.get("MaximumRecordAgeInSeconds", -1))),
                    report_batch_item_failures="ReportBatchItemFailures"
                    in ep.get("FunctionResponseTypes", []),
                    on_failure=on_failure.get("Destination") if on_failure else None,
                    filters=_filters(ep),
                    enabled=_truthy(static.resolve(ep.get("Enabled", True))),
                )
            )
        else:
            raise TemplateError(
                f"{logical_id}.Events.{name}: event type {kind} is not emulated by the local stack"
            )
    return FunctionSpec(
        logical_id=logical_id,
        handler=str(handler),
        timeout_seconds=int(static.resolve(props.get("Timeout", 3))),
        memory_mb=int(static.resolve(props.get("MemorySize", 128))),
        environment=environment,
        routes=tuple(routes),
        sqs=tuple(sqs),
        streams=tuple(streams),
        function_name=props.get("FunctionName"),
    )


def _filters(event_properties: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    criteria = event_properties.get("FilterCriteria") or {}
    patterns = []
    for entry in criteria.get("Filters", []):
        raw = entry["Pattern"]
        patterns.append(json.loads(raw) if isinstance(raw, str) else raw)
    return tuple(patterns)


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


# ------------------------------------------------------------------------------------- intrinsics

_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")


class Resolver:
    """Evaluates intrinsic functions against created resources, parameters and pseudo parameters."""

    def __init__(
        self,
        template: Template,
        refs: Mapping[str, str],
        attributes: Mapping[tuple[str, str], str],
    ) -> None:
        self.template = template
        self.refs = refs
        self.attributes = attributes

    def pseudo(self) -> dict[str, str]:
        t = self.template
        return {
            "AWS::Region": t.region,
            "AWS::AccountId": t.account_id,
            "AWS::StackName": t.stack_name,
            "AWS::StackId": f"arn:aws:cloudformation:{t.region}:{t.account_id}:stack/{t.stack_name}/local",
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
        }

    def ref(self, name: str) -> str:
        if name in self.template.parameters:
            return self.template.parameters[name]
        pseudo = self.pseudo()
        if name in pseudo:
            return pseudo[name]
        if name in self.refs:
            return self.refs[name]
        resource = self.template.resources.get(name)
        if resource is None:
            raise TemplateError(f"!Ref {name}: no such parameter or resource")
        raise TemplateError(f"!Ref {name}: the local stack does not create {resource.get('Type')} resources")

    def get_att(self, name: str, attribute: str) -> str:
        if (name, attribute) in self.attributes:
            return self.attributes[(name, attribute)]
        resource = self.template.resources.get(name)
        if resource is None:
            raise TemplateError(f"!GetAtt {name}.{attribute}: no such resource")
        raise TemplateError(f"!GetAtt {name}.{attribute}: not available locally ({resource.get('Type')})")

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            ((key, arg),) = value.items()
            if key == "Ref":
                return self.ref(str(arg))
            if key == "Fn::GetAtt":
                parts = arg.split(".", 1) if isinstance(arg, str) else arg
                return self.get_att(str(parts[0]), str(self.resolve(parts[1])))
            if key == "Fn::Sub":
                return self._sub(arg)
            if key == "Fn::Join":
                separator, items = arg
                return str(separator).join(_scalar_text(v) for v in self.resolve(items))
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(self.resolve(index))]
            if key == "Fn::Split":
                separator, text = arg
                return str(self.resolve(text)).split(str(separator))
            if key == "Fn::ToJsonString":
                return json.dumps(self.resolve(arg), separators=(",", ":"))
            if key.startswith("Fn::") or key == "Condition":
                raise TemplateError(f"{key} is not supported by the local stack's template reader")
        return {k: self.resolve(v) for k, v in value.items()}

    def _sub(self, arg: Any) -> str:
        if isinstance(arg, list):
            text, variables = arg[0], {k: self.resolve(v) for k, v in arg[1].items()}
        else:
            text, variables = arg, {}

        def replace(match: re.Match[str]) -> str:
            name = match.group(1).strip()
            if name in variables:
                return _scalar_text(variables[name])
            if "." in name and not name.startswith("AWS::"):
                resource, attribute = name.split(".", 1)
                return self.get_att(resource, attribute)
            return self.ref(name)

        # "${!Literal}" is CloudFormation's escape for a literal "${Literal}".
        return _SUB_VARIABLE.sub(replace, str(text)).replace("${!", "${")


def references(value: Any) -> set[str]:
    """Logical ids a property value points at (Ref, GetAtt, ${X} in Sub): provisioning order."""
    found: set[str] = set()
    if isinstance(value, list):
        for v in value:
            found |= references(v)
    elif isinstance(value, dict):
        for key, arg in value.items():
            if key == "Ref":
                found.add(str(arg))
            elif key == "Fn::GetAtt":
                found.add(str(arg.split(".", 1)[0] if isinstance(arg, str) else arg[0]))
            elif key == "Fn::Sub":
                text = arg[0] if isinstance(arg, list) else arg
                found |= {m.group(1).split(".", 1)[0] for m in _SUB_VARIABLE.finditer(str(text))}
                if isinstance(arg, list):
                    found |= references(arg[1])
            else:
                found |= references(arg)
    return found
