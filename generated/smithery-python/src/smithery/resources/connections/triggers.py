from __future__ import annotations

import httpx

from ..._types import Body, Query, Headers, NotGiven, not_given
from ..._utils import path_template, maybe_transform, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ..._base_client import make_request_options
from ...types.connections import (
    trigger_delete_params,
    trigger_subscribe_params,
)
from ...types.shared.success import Success
from ...types.shared_params.loose_object import LooseObject
from ...types.connections.trigger_definition import TriggerDefinition
from ...types.connections.trigger_subscription import TriggerSubscription
from ...types.connections.trigger_delivery_param import TriggerDeliveryParam
from ...types.connections.trigger_definition_list import TriggerDefinitionList
from ...types.connections.unsubscribe_delivery_param import UnsubscribeDeliveryParam

__all__ = ["TriggersResource", "AsyncTriggersResource"]


class TriggersResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TriggersResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return TriggersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TriggersResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return TriggersResourceWithStreamingResponse(self)

    def list(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerDefinitionList:
        """
        List triggers

        List trigger types exposed by a connection.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return self._get(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers", namespace=namespace, connection_id=connection_id
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerDefinitionList,
        )

    def get(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerDefinition:
        """
        Get trigger

        Get the schema for a single trigger type.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return self._get(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerDefinition,
        )

    def subscribe(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        params: LooseObject,
        delivery: TriggerDeliveryParam,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerSubscription:
        """Subscribe to trigger

        Subscribe to (or refresh) a trigger.

        Supplying the same (params, delivery.url)
        refreshes the TTL and may rotate the secret.

        Args:
          params: Trigger-specific parameters defined by the trigger inputSchema

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return self._post(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            body=maybe_transform(
                {
                    "params": params,
                    "delivery": delivery,
                },
                trigger_subscribe_params.TriggerSubscribeParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerSubscription,
        )

    def delete(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        params: LooseObject,
        delivery: UnsubscribeDeliveryParam,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Success:
        """
        Unsubscribe from trigger

        Unsubscribe by subscription key (params + delivery.url). Eager teardown —
        subscriptions also expire naturally on TTL.

        Args:
          params: The same params used at subscribe time. Forms part of the subscription key.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return self._delete(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            body=maybe_transform(
                {
                    "params": params,
                    "delivery": delivery,
                },
                trigger_delete_params.TriggerDeleteParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Success,
        )


class AsyncTriggersResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTriggersResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncTriggersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTriggersResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncTriggersResourceWithStreamingResponse(self)

    async def list(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerDefinitionList:
        """
        List triggers

        List trigger types exposed by a connection.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return await self._get(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers", namespace=namespace, connection_id=connection_id
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerDefinitionList,
        )

    async def get(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerDefinition:
        """
        Get trigger

        Get the schema for a single trigger type.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return await self._get(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerDefinition,
        )

    async def subscribe(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        params: LooseObject,
        delivery: TriggerDeliveryParam,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TriggerSubscription:
        """Subscribe to trigger

        Subscribe to (or refresh) a trigger.

        Supplying the same (params, delivery.url)
        refreshes the TTL and may rotate the secret.

        Args:
          params: Trigger-specific parameters defined by the trigger inputSchema

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return await self._post(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            body=await async_maybe_transform(
                {
                    "params": params,
                    "delivery": delivery,
                },
                trigger_subscribe_params.TriggerSubscribeParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TriggerSubscription,
        )

    async def delete(
        self,
        trigger_name: str,
        *,
        namespace: str,
        connection_id: str,
        params: LooseObject,
        delivery: UnsubscribeDeliveryParam,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Success:
        """
        Unsubscribe from trigger

        Unsubscribe by subscription key (params + delivery.url). Eager teardown —
        subscriptions also expire naturally on TTL.

        Args:
          params: The same params used at subscribe time. Forms part of the subscription key.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        if not trigger_name:
            raise ValueError(f"Expected a non-empty value for `trigger_name` but received {trigger_name!r}")
        return await self._delete(
            path_template(
                "/connect/{namespace}/{connection_id}/.triggers/{trigger_name}",
                namespace=namespace,
                connection_id=connection_id,
                trigger_name=trigger_name,
            ),
            body=await async_maybe_transform(
                {
                    "params": params,
                    "delivery": delivery,
                },
                trigger_delete_params.TriggerDeleteParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Success,
        )


class TriggersResourceWithRawResponse:
    def __init__(self, triggers: TriggersResource) -> None:
        self._triggers = triggers

        self.list = to_raw_response_wrapper(
            triggers.list,
        )
        self.get = to_raw_response_wrapper(
            triggers.get,
        )
        self.subscribe = to_raw_response_wrapper(
            triggers.subscribe,
        )
        self.delete = to_raw_response_wrapper(
            triggers.delete,
        )


class AsyncTriggersResourceWithRawResponse:
    def __init__(self, triggers: AsyncTriggersResource) -> None:
        self._triggers = triggers

        self.list = async_to_raw_response_wrapper(
            triggers.list,
        )
        self.get = async_to_raw_response_wrapper(
            triggers.get,
        )
        self.subscribe = async_to_raw_response_wrapper(
            triggers.subscribe,
        )
        self.delete = async_to_raw_response_wrapper(
            triggers.delete,
        )


class TriggersResourceWithStreamingResponse:
    def __init__(self, triggers: TriggersResource) -> None:
        self._triggers = triggers

        self.list = to_streamed_response_wrapper(
            triggers.list,
        )
        self.get = to_streamed_response_wrapper(
            triggers.get,
        )
        self.subscribe = to_streamed_response_wrapper(
            triggers.subscribe,
        )
        self.delete = to_streamed_response_wrapper(
            triggers.delete,
        )


class AsyncTriggersResourceWithStreamingResponse:
    def __init__(self, triggers: AsyncTriggersResource) -> None:
        self._triggers = triggers

        self.list = async_to_streamed_response_wrapper(
            triggers.list,
        )
        self.get = async_to_streamed_response_wrapper(
            triggers.get,
        )
        self.subscribe = async_to_streamed_response_wrapper(
            triggers.subscribe,
        )
        self.delete = async_to_streamed_response_wrapper(
            triggers.delete,
        )
