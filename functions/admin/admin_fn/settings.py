"""The admin function's environment, read once at start."""

import os
from dataclasses import dataclass

from portal.environment import require


@dataclass(frozen=True)
class Settings:
    first_owner_token_secret: str
    swagger_ui: bool  # the local stack turns the Swagger UI on; a deployment leaves it off

    @classmethod
    def from_environment(cls) -> "Settings":
        values = require("FIRST_OWNER_TOKEN_SECRET", "FIELDS_TABLE", "CONFIG_TABLE")
        return cls(
            first_owner_token_secret=values["FIRST_OWNER_TOKEN_SECRET"],
            swagger_ui=os.environ.get("ADMIN_SWAGGER_UI", "false").lower() == "true",
        )
