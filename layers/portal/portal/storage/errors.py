"""DynamoDB failures translated once: throttling is retryable, a failed condition is a conflict,
anything else stays what it was (an internal error)."""

from portal.errors import Conflict, PortalError, Retryable

_THROTTLED = ("ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded")


def translate(exc: Exception, conflict: str) -> PortalError | Exception:
    """The domain error for a pynamodb exception; `conflict` says what a failed condition means."""
    code = getattr(getattr(exc, "cause", None), "response", {}).get("Error", {}).get("Code", "")
    if code in _THROTTLED:
        return Retryable("the database is busy; retry shortly")
    if code in ("ConditionalCheckFailedException", "TransactionCanceledException"):
        return Conflict(conflict)
    return exc
