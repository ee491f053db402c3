"""How a field path travels in `/admin/fields/{path}`.

API Gateway HTTP APIs decode the request path before the function sees it (and cut it at a
decoded `?`), so percent-encoding alone cannot carry a `/` or `?` inside one path segment. A field
path is therefore sent either percent-encoded as one segment (`properties.products[].sku` →
`properties.products%5B%5D.sku`; decoded once, by API Gateway) or — when it contains `/`, `?`,
`#`, `%`, a quote or anything else a segment cannot hold — as `~` + its unpadded base64url
(`~cHJvcGVydGllcy5hL2I`). Field paths start with properties/traits/context, so a leading `~` is
unambiguous. Stdlib only: the CLI uses it.
"""

import base64
import binascii
from urllib.parse import quote

from portal.errors import InvalidRequest

MAX_PATH_CHARS = 1024
# What one route segment may hold once decoded (Powertools' route matcher); anything else, and
# `/ ? # %` above all, goes base64url.
_SEGMENT_SAFE = frozenset("-._~()'!*:@,;=+&$<> []{}|^")


def encode_segment(path: str) -> str:
    if not all(char.isalnum() or char == "_" or char in _SEGMENT_SAFE for char in path):
        return "~" + base64.urlsafe_b64encode(path.encode("utf-8")).decode("ascii").rstrip("=")
    return quote(path, safe="")


def decode_segment(segment: str) -> str:
    """The field path from a (gateway-decoded) route segment."""
    if segment.startswith("~"):
        encoded = segment[1:]
        try:
            path = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, ValueError) as exc:
            raise InvalidRequest("path: a ~ segment must be base64url of the field path") from exc
    else:
        path = segment
    if not path or len(path) > MAX_PATH_CHARS:
        raise InvalidRequest(f"path must be a field path of 1-{MAX_PATH_CHARS} characters")
    return path
