"""Reads and writes of the workspace's configuration items: sources, tokens, alert settings and
custom matchers (models in portal.storage.config and here). Lists are Queries on `by_kind`."""

from pynamodb.attributes import NumberAttribute, UnicodeAttribute, UnicodeSetAttribute
from pynamodb.connection import Connection
from pynamodb.exceptions import (
    DeleteError,
    DoesNotExist,
    GetError,
    PutError,
    QueryError,
    TransactWriteError,
    UpdateError,
)
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from portal.errors import NotFound
from portal.storage.config import (
    META,
    SETTINGS,
    AlertSettingsRecord,
    ByKind,
    SourceRecord,
    TokenRecord,
    _ConfigModel,
)
from portal.storage.errors import translate
from portal.storage.tables import region, table_name


class MatcherRecord(_ConfigModel):
    """A custom matcher (pk = "MATCHER#<id>"); the dict form is what Matcher.custom_from_dict reads."""

    kind = UnicodeAttribute(default="matcher")
    id = UnicodeAttribute()
    name = UnicodeAttribute()
    classification = UnicodeAttribute()
    match_on = UnicodeAttribute()
    precision = UnicodeAttribute()
    synonyms = UnicodeSetAttribute(null=True)
    pattern = UnicodeAttribute(null=True)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    by_kind = ByKind()

    @staticmethod
    def key(matcher_id: str) -> str:
        return f"MATCHER#{matcher_id}"

    def as_dict(self) -> dict:
        return {"id": self.id, **self.definition()}

    def definition(self) -> dict:
        return {
            "name": self.name,
            "classification": self.classification,
            "match_on": self.match_on,
            "precision": self.precision,
            "synonyms": sorted(self.synonyms or ()),
            "pattern": self.pattern,
        }


class MatcherCount(Model):
    """How many custom matchers exist; the limit is enforced on it inside each create's transaction."""

    class Meta:
        table_name = table_name("CONFIG_TABLE")
        region = region()

    pk = UnicodeAttribute(hash_key=True, default=SETTINGS)
    sk = UnicodeAttribute(range_key=True, default="MATCHER_COUNT")
    count = NumberAttribute(default=0)


# ---------------------------------------------------------------- sources


def list_sources() -> list[SourceRecord]:
    try:
        return list(SourceRecord.by_kind.query("source"))
    except QueryError as exc:
        raise translate(exc, "") from exc


def get_source(source_id: str) -> SourceRecord:
    try:
        return SourceRecord.get(SourceRecord.key(source_id), META, consistent_read=True)
    except DoesNotExist as exc:
        raise NotFound("no source with that id") from exc
    except GetError as exc:
        raise translate(exc, "") from exc


def create_source(record: SourceRecord) -> None:
    try:
        record.save(condition=SourceRecord.pk.does_not_exist())
    except PutError as exc:
        raise translate(exc, "a source with that id exists") from exc


def save_source(record: SourceRecord) -> None:
    try:
        record.save(condition=SourceRecord.pk.exists())
    except PutError as exc:
        raise translate(exc, "the source was deleted meanwhile") from exc


# ---------------------------------------------------------------- tokens


def find_token(token_hash: str) -> TokenRecord | None:
    try:
        return TokenRecord.get(TokenRecord.key(token_hash), META, consistent_read=True)
    except DoesNotExist:
        return None
    except GetError as exc:
        raise translate(exc, "") from exc


def list_tokens() -> list[TokenRecord]:
    try:
        return list(TokenRecord.by_kind.query("token"))
    except QueryError as exc:
        raise translate(exc, "") from exc


def create_token(record: TokenRecord) -> None:
    try:
        record.save(condition=TokenRecord.pk.does_not_exist())
    except PutError as exc:
        raise translate(exc, "token collision; retry") from exc


def revoke_token(record: TokenRecord, revoked_at: str) -> None:
    try:
        record.update(
            actions=[TokenRecord.revoked_at.set(revoked_at)],
            condition=TokenRecord.revoked_at.does_not_exist(),
        )
    except UpdateError as exc:
        raise translate(exc, "the token is already revoked") from exc


# ---------------------------------------------------------------- alert settings


def save_alert_settings(record: AlertSettingsRecord) -> None:
    try:
        record.save()
    except PutError as exc:
        raise translate(exc, "") from exc


# ---------------------------------------------------------------- custom matchers


def list_matchers() -> list[MatcherRecord]:
    try:
        return list(MatcherRecord.by_kind.query("matcher"))
    except QueryError as exc:
        raise translate(exc, "") from exc


def get_matcher(matcher_id: str) -> MatcherRecord:
    try:
        return MatcherRecord.get(MatcherRecord.key(matcher_id), META, consistent_read=True)
    except DoesNotExist as exc:
        raise NotFound("no custom matcher with that id") from exc


def create_matcher(record: MatcherRecord, limit: int) -> None:
    """Insert a matcher unless `limit` already exist; the count and the item change together."""
    counter = MatcherCount()
    try:
        with TransactWrite(connection=Connection(region=region())) as transaction:
            transaction.save(record, condition=MatcherRecord.pk.does_not_exist())
            transaction.update(
                counter,
                actions=[MatcherCount.count.add(1)],
                condition=MatcherCount.count.does_not_exist() | (MatcherCount.count < limit),
            )
    except TransactWriteError as exc:
        translated = translate(exc, f"at most {limit} custom matchers are allowed")
        raise translated from exc


def save_matcher(record: MatcherRecord) -> None:
    try:
        record.save(condition=MatcherRecord.pk.exists())
    except PutError as exc:
        raise translate(exc, "the matcher was deleted meanwhile") from exc


def delete_matcher(record: MatcherRecord) -> None:
    counter = MatcherCount()
    try:
        with TransactWrite(connection=Connection(region=region())) as transaction:
            transaction.delete(record, condition=MatcherRecord.pk.exists())
            transaction.update(counter, actions=[MatcherCount.count.add(-1)])
    except (TransactWriteError, DeleteError) as exc:
        raise translate(exc, "the matcher was deleted meanwhile") from exc
