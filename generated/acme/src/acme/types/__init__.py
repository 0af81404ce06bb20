from __future__ import annotations

from .status_response import StatusResponse as StatusResponse
from .server_create_params import ServerCreateParams as ServerCreateParams
from .server_create_response import ServerCreateResponse as ServerCreateResponse
