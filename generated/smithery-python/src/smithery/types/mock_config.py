from typing import Optional

from .._models import BaseModel

__all__ = ["MockConfig"]


class MockConfig(BaseModel):
    enabled: bool
    """Turn mock mode on for this connection."""

    scenario: Optional[str] = None
    """
    Natural-language starting-state for the simulator (threaded into the LLM system
    prompt so generated data is consistent with the scenario across calls).
    """
