from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["MockConfigParam"]


class MockConfigParam(TypedDict, total=False):
    enabled: Required[bool]
    """Turn mock mode on for this connection."""

    scenario: str
    """
    Natural-language starting-state for the simulator (threaded into the LLM system
    prompt so generated data is consistent with the scenario across calls).
    """
