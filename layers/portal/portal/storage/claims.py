"""Claims in the idempotency table: messageId deduplication and alerts that must not post twice.

A claim is a conditional put: the first delivery wins, a retry or a client's resend finds the
claim and is skipped. Claims expire through the table's TTL (messageIds: Segment's ~24 h).
"""

import time
from concurrent.futures import ThreadPoolExecutor

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import PutError
from pynamodb.models import Model

from portal.storage.tables import region, table_name

MESSAGE_WINDOW_SECONDS = 24 * 3600
# Claims are independent single-item writes; a few in flight hide the round-trip latency.
PARALLEL_CLAIMS = 8


class MessageClaim(Model):
    class Meta:
        table_name = table_name("IDEMPOTENCY_TABLE")
        region = region()

    id = UnicodeAttribute(hash_key=True)
    expiration = NumberAttribute()


def _claim(key: str, expiration: int) -> bool:
    try:
        MessageClaim(key, expiration=expiration).save(condition=MessageClaim.id.does_not_exist())
    except PutError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            return False
        raise
    return True


def claim(keys: list[str], window_seconds: int = MESSAGE_WINDOW_SECONDS) -> frozenset[str]:
    """Claim every key; return those already claimed earlier (the duplicates)."""
    expiration = int(time.time()) + window_seconds
    with ThreadPoolExecutor(PARALLEL_CLAIMS) as pool:
        results = list(pool.map(lambda key: _claim(key, expiration), keys))
    return frozenset(key for key, fresh in zip(keys, results, strict=True) if not fresh)


def release(keys: list[str]) -> None:
    """Undo claims of work that failed, so its retry is not mistaken for a duplicate."""
    with MessageClaim.batch_write() as batch:
        for key in keys:
            batch.delete(MessageClaim(key))
