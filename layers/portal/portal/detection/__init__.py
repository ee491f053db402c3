"""The detection engine: matchers on keys and values, evidence weighed per field path.

Public interface (ingest, classify, admin and `portal scan` use only this):

    engine = Engine(default_matchers() + custom)      # compile once, reuse
    observed = engine.observe_message(message)         # (path, observation) per leaf; cheap
    obs = engine.observe(path, value)                  # one leaf value; key work cached per path
    evidence = Evidence(); evidence.add(obs)           # per path, mergeable, stored as counters
    rec = engine.recommend(path, evidence)             # Recommendation for the inbox
"""

from portal.detection.engine import Engine, Evidence, Observation, Recommendation
from portal.detection.matchers import Matcher, default_matchers
from portal.detection.similarity import dice

__all__ = [
    "Engine",
    "Evidence",
    "Matcher",
    "Observation",
    "Recommendation",
    "default_matchers",
    "dice",
]
