"""Request bodies of the admin API. Powertools validates them (422 naming the field) and the
OpenAPI spec is generated from them."""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Classification = Literal["red", "yellow", "green"]
FieldPath = Annotated[str, StringConstraints(min_length=1, max_length=1024)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
SourceId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldChange(_Body):
    """Classify a field (owner's Red/Yellow/Green) and optionally add it to or remove it from the
    inventory. At least one of the two is required."""

    classification: Classification | None = None
    in_inventory: bool | None = Field(default=None, description="true adds to the inventory, false removes")


class InventoryAddition(_Body):
    paths: list[FieldPath] = Field(min_length=1, max_length=100)
    classification: Classification | None = Field(
        default=None, description="for every listed field; default: its own, else its recommendation"
    )


class InventoryRemoval(_Body):
    paths: list[FieldPath] = Field(min_length=1, max_length=100)


class SlackSettings(_Body):
    enabled: bool | None = None
    webhook_url: Annotated[str, StringConstraints(max_length=2048)] | None = Field(
        default=None, description="write-only; omit to keep the stored one"
    )
    channel: Annotated[str, StringConstraints(max_length=80)] | None = None


class HttpSourceSettings(_Body):
    enabled: bool | None = None
    url: Annotated[str, StringConstraints(max_length=2048)] | None = None
    write_key: Annotated[str, StringConstraints(max_length=256)] | None = Field(
        default=None, description="write-only; omit to keep the stored one"
    )


class AlertSettingsChange(_Body):
    slack: SlackSettings | None = None
    http: HttpSourceSettings | None = None


class SourceCreation(_Body):
    name: Name
    environment: Annotated[str, StringConstraints(min_length=1, max_length=32)] = "production"


class SourceChange(_Body):
    name: Name | None = None
    environment: Annotated[str, StringConstraints(min_length=1, max_length=32)] | None = None
    enabled: bool | None = Field(default=None, description="false disables the source's write key")


class TokenCreation(_Body):
    name: Name
    role: Literal["owner", "member"]
    sources: list[SourceId] | None = Field(
        default=None, max_length=100, description="members only: the sources they may see; omit for all"
    )


MatcherName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class MatcherDefinition(_Body):
    name: MatcherName
    classification: Literal["red", "yellow"]
    match_on: Literal["key", "value"]
    precision: Literal["exact", "similar"] = "similar"
    synonyms: list[MatcherName] = Field(default_factory=list, max_length=50)
    pattern: Annotated[str, StringConstraints(min_length=1, max_length=1000)] | None = Field(
        default=None, description="RE2 syntax (Go regexp): no backreferences or lookaround"
    )


class MatcherChange(_Body):
    name: MatcherName | None = None
    classification: Literal["red", "yellow"] | None = None
    match_on: Literal["key", "value"] | None = None
    precision: Literal["exact", "similar"] | None = None
    synonyms: list[MatcherName] | None = Field(default=None, max_length=50)
    pattern: Annotated[str, StringConstraints(min_length=1, max_length=1000)] | None = None


class MatcherTest(_Body):
    matcher: MatcherDefinition | None = None
    matcher_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    payload: dict[str, Any] = Field(
        description="a Segment message; properties, traits and context are scanned"
    )
