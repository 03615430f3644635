from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_info import ErrorInfo
from ...models.get_e_mail_as_stream_from_server_identifier_request import GetEMailAsStreamFromServerIdentifierRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetEMailAsStreamFromServerIdentifierRequest,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(so_language, Unset):
        headers["SO-Language"] = so_language

    if not isinstance(so_culture, Unset):
        headers["SO-Culture"] = so_culture

    if not isinstance(so_time_zone, Unset):
        headers["SO-TimeZone"] = so_time_zone

    params: dict[str, Any] = {}

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/Agents/EMail/GetEMailAsStreamFromServerIdentifier",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorInfo | None | str | None:
    if response.status_code == 200:
        response_200: None | str = response.json()

        return response_200

    if response.status_code == 401:
        response_401 = ErrorInfo.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorInfo.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorInfo.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorInfo.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorInfo | None | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetEMailAsStreamFromServerIdentifierRequest,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorInfo | None | str]:
    """Get a mail from the mail server as a byte stream, by string server identifier.

     Like GetEMailAsStream, but mails are named by their string server identifier
    (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server described
    by the connection details. The bytes arrive base64 encoded in a JSON string; the SDK method returns
    them decoded.

    Args:
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (GetEMailAsStreamFromServerIdentifierRequest): Body of
            GetEMailAsStreamFromServerIdentifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorInfo | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
        select=select,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetEMailAsStreamFromServerIdentifierRequest,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorInfo | None | str | None:
    """Get a mail from the mail server as a byte stream, by string server identifier.

     Like GetEMailAsStream, but mails are named by their string server identifier
    (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server described
    by the connection details. The bytes arrive base64 encoded in a JSON string; the SDK method returns
    them decoded.

    Args:
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (GetEMailAsStreamFromServerIdentifierRequest): Body of
            GetEMailAsStreamFromServerIdentifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorInfo | None | str
    """

    return sync_detailed(
        client=client,
        body=body,
        select=select,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetEMailAsStreamFromServerIdentifierRequest,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorInfo | None | str]:
    """Get a mail from the mail server as a byte stream, by string server identifier.

     Like GetEMailAsStream, but mails are named by their string server identifier
    (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server described
    by the connection details. The bytes arrive base64 encoded in a JSON string; the SDK method returns
    them decoded.

    Args:
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (GetEMailAsStreamFromServerIdentifierRequest): Body of
            GetEMailAsStreamFromServerIdentifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorInfo | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
        select=select,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetEMailAsStreamFromServerIdentifierRequest,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorInfo | None | str | None:
    """Get a mail from the mail server as a byte stream, by string server identifier.

     Like GetEMailAsStream, but mails are named by their string server identifier
    (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server described
    by the connection details. The bytes arrive base64 encoded in a JSON string; the SDK method returns
    them decoded.

    Args:
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (GetEMailAsStreamFromServerIdentifierRequest): Body of
            GetEMailAsStreamFromServerIdentifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorInfo | None | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            select=select,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
