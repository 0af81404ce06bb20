from __future__ import annotations

from .action_reboot_response import ActionRebootResponse as ActionRebootResponse
