"""Domain exceptions. Each is mapped to an HTTP answer in exactly one place per function.

Messages name what was wrong and never include submitted values (they may be personal data).
"""


class PortalError(Exception):
    code = "error"


class InvalidRequest(PortalError):
    """Client input that cannot be accepted (maps to 400)."""

    code = "invalid_request"


class PayloadTooLarge(InvalidRequest):
    code = "payload_too_large"


class Unauthorized(PortalError):
    code = "unauthorized"


class Forbidden(PortalError):
    code = "forbidden"


class NotFound(PortalError):
    code = "not_found"


class Conflict(PortalError):
    code = "conflict"


class Retryable(PortalError):
    """A dependency is throttling or briefly unavailable; the caller may retry."""

    code = "retryable"
