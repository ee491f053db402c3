"""The ingest function's settings, read once from the environment template.yaml sets."""

from dataclasses import dataclass

from portal.environment import require


@dataclass(frozen=True)
class Settings:
    accepted_topic_arn: str
    snapshot_check_seconds: float

    @classmethod
    def from_environment(cls) -> "Settings":
        env = require("ACCEPTED_TOPIC_ARN", "SNAPSHOT_CHECK_SECONDS")
        return cls(env["ACCEPTED_TOPIC_ARN"], float(env["SNAPSHOT_CHECK_SECONDS"]))
