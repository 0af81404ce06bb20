from __future__ import annotations

from .server import Server as Server
from .shared import (
    Error as Error,
    Success as Success,
    LogsQuery as LogsQuery,
    Namespace as Namespace,
    ServerCard as ServerCard,
    BuildConfig as BuildConfig,
    LooseObject as LooseObject,
    JsonRpcError as JsonRpcError,
    DeployPayload as DeployPayload,
    ProjectConfig as ProjectConfig,
    DeploymentList as DeploymentList,
    JsonRpcRequest as JsonRpcRequest,
    JsonRpcResponse as JsonRpcResponse,
    SkillsListQuery as SkillsListQuery,
    ValidationError as ValidationError,
    DeploymentTarget as DeploymentTarget,
    ServersListQuery as ServersListQuery,
    AuthRequiredError as AuthRequiredError,
    CreateTokenRequest as CreateTokenRequest,
    InputRequiredError as InputRequiredError,
    NamespacesResponse as NamespacesResponse,
    StdioDeployPayload as StdioDeployPayload,
    CreateServerRequest as CreateServerRequest,
    HostedDeployPayload as HostedDeployPayload,
    UpdateDomainRequest as UpdateDomainRequest,
    ConnectionsListQuery as ConnectionsListQuery,
    CreateTeamAPIKeyBody as CreateTeamAPIKeyBody,
    CreateTriggerRequest as CreateTriggerRequest,
    DeleteTriggerRequest as DeleteTriggerRequest,
    ExternalDeployPayload as ExternalDeployPayload,
    CreateConnectionRequest as CreateConnectionRequest,
    UpsertConnectionRequest as UpsertConnectionRequest,
)
from .connection import Connection as Connection
from .constraint import Constraint as Constraint
from .mock_config import MockConfig as MockConfig
from .server_info import ServerInfo as ServerInfo
from .server_tool import ServerTool as ServerTool
from .skill_error import SkillError as SkillError
from .token_error import TokenError as TokenError
from .health_error import HealthError as HealthError
from .config_schema import ConfigSchema as ConfigSchema
from .server_prompt import ServerPrompt as ServerPrompt
from .skill_summary import SkillSummary as SkillSummary
from .delete_success import DeleteSuccess as DeleteSuccess
from .registry_error import RegistryError as RegistryError
from .server_summary import ServerSummary as ServerSummary
from .skill_response import SkillResponse as SkillResponse
from .http_connection import HTTPConnection as HTTPConnection
from .server_resource import ServerResource as ServerResource
from .server_security import ServerSecurity as ServerSecurity
from .constraint_param import ConstraintParam as ConstraintParam
from .http_input_field import HTTPInputField as HTTPInputField
from .namespaces_error import NamespacesError as NamespacesError
from .skill_set_params import SkillSetParams as SkillSetParams
from .stdio_connection import StdioConnection as StdioConnection
from .connection_status import ConnectionStatus as ConnectionStatus
from .mock_config_param import MockConfigParam as MockConfigParam
from .skill_list_params import SkillListParams as SkillListParams
from .skills_list_error import SkillsListError as SkillsListError
from .tool_input_schema import ToolInputSchema as ToolInputSchema
from .create_skill_error import CreateSkillError as CreateSkillError
from .put_skill_response import PutSkillResponse as PutSkillResponse
from .server_list_params import ServerListParams as ServerListParams
from .servers_list_error import ServersListError as ServersListError
from .tool_output_schema import ToolOutputSchema as ToolOutputSchema
from .skill_create_params import SkillCreateParams as SkillCreateParams
from .skill_upload_params import SkillUploadParams as SkillUploadParams
from .sync_skill_response import SyncSkillResponse as SyncSkillResponse
from .token_create_params import TokenCreateParams as TokenCreateParams
from .server_create_params import ServerCreateParams as ServerCreateParams
from .server_update_params import ServerUpdateParams as ServerUpdateParams
from .skills_list_response import SkillsListResponse as SkillsListResponse
from .bundle_download_error import BundleDownloadError as BundleDownloadError
from .connection_set_params import ConnectionSetParams as ConnectionSetParams
from .create_skill_response import CreateSkillResponse as CreateSkillResponse
from .create_token_response import CreateTokenResponse as CreateTokenResponse
from .delete_skill_response import DeleteSkillResponse as DeleteSkillResponse
from .health_check_response import HealthCheckResponse as HealthCheckResponse
from .namespace_list_params import NamespaceListParams as NamespaceListParams
from .servers_list_response import ServersListResponse as ServersListResponse
from .connection_list_params import ConnectionListParams as ConnectionListParams
from .update_server_response import UpdateServerResponse as UpdateServerResponse
from .credential_profile_http import CredentialProfileHTTP as CredentialProfileHTTP
from .input_schema_properties import InputSchemaProperties as InputSchemaProperties
from .namespace_search_result import NamespaceSearchResult as NamespaceSearchResult
from .connection_create_params import ConnectionCreateParams as ConnectionCreateParams
from .output_schema_properties import OutputSchemaProperties as OutputSchemaProperties
from .connections_list_response import ConnectionsListResponse as ConnectionsListResponse
from .create_namespace_response import CreateNamespaceResponse as CreateNamespaceResponse
from .delete_namespace_response import DeleteNamespaceResponse as DeleteNamespaceResponse
from .namespaces_search_response import NamespacesSearchResponse as NamespacesSearchResponse
from .create_namespace_server_response import CreateNamespaceServerResponse as CreateNamespaceServerResponse
