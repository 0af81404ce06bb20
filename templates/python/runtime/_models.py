from __future__ import annotations

import copy
import inspect
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    cast,
)
from datetime import date, datetime
from collections import deque
from typing_extensions import (
    Self,
    Unpack,
    Literal,
    Protocol,
    Annotated,
    TypedDict,
    get_args,
    override,
    get_origin,
    get_type_hints,
    runtime_checkable,
)

import pydantic
from pydantic import ConfigDict, PlainValidator, PlainSerializer
from pydantic_core import PydanticUndefined

from ._types import (
    Body,
    Omit,
    Query,
    Headers,
    Timeout,
    NotGiven,
    Security,
    FileTypes,
    AnyMapping,
    PostParser,
    SecurityOptions,
    AsyncBinaryTypes,
    HttpxRequestFiles,
    not_given,
)
from ._utils import (
    PropertyInfo,
    is_list,
    is_given,
    lru_cache,
    is_mapping,
    parse_date,
    is_list_type,
    is_union_type,
    parse_datetime,
    is_literal_type,
    is_mapping_type,
    is_iterable_type,
    is_sequence_type,
    type_alias_value,
    annotated_metadata,
    is_type_alias_type,
    strip_annotated_type,
)

__all__ = [
    "BaseModel",
    "GenericModel",
    "FinalRequestOptions",
    "construct_type",
    "construct_type_unchecked",
    "validate_type",
    "build",
    "is_basemodel",
    "is_basemodel_type",
    "DiscriminatorDetails",
    "CachedDiscriminatorType",
    "DISCRIMINATOR_CACHE",
    "EagerIterable",
    "FinalRequestOptionsInput",
    "SecurityOptions",
    "set_pydantic_config",
]

_T = TypeVar("_T")
_BaseModelT = TypeVar("_BaseModelT", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """A response object. Unknown properties are kept (`model.some_new_field` works), and objects built by the
    client in loose mode are not validated: a property of an unexpected type holds the raw JSON value."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
        defer_build=True,
    )

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """The model as a dict, by default keyed by the API's property names and only with the properties the API
        sent. `mode="json"` gives JSON-safe values (dates as strings)."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @override
    def __str__(self) -> str:
        # pydantic's own `str()` leaves out the class name
        return repr(self)

    @classmethod
    @override
    def model_construct(cls, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:
        """Builds the model and its nested models from JSON without validating anything."""
        return _construct_model(cls, values, _fields_set)

    @classmethod
    @override
    def construct(cls, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:
        """`model_construct` by its shorter name: the model and its nested models built from data, unvalidated.

        A method of its own, not pydantic's deprecated alias: code written against Stainless's SDKs calls it, and a
        type checker would flag every such call as deprecated."""
        return _construct_model(cls, values, _fields_set)


def _field_annotation(field: Any) -> object:
    annotation = field.annotation
    metadata = [meta for meta in field.metadata if isinstance(meta, PropertyInfo)]
    discriminator = getattr(field, "discriminator", None)
    if isinstance(discriminator, str):
        metadata.append(PropertyInfo(discriminator=discriminator))
    if metadata:
        return Annotated.__class_getitem__((annotation, *metadata))  # type: ignore[attr-defined]
    return annotation


# Keys pydantic's `model_construct` takes as its own arguments: a property of that name is set afterwards.
_CONSTRUCT_ARGUMENT_NAMES = frozenset({"cls", "_fields_set"})


def _construct_model(cls: Type[_BaseModelT], values: Mapping[str, object], fields_set: Optional[set[str]]) -> _BaseModelT:
    by_wire_key: Dict[str, object] = dict(values)
    if not cls.__pydantic_complete__:
        # A field's type was imported after the class (an import cycle): resolve it now that it is there.
        cls.model_rebuild(raise_errors=False)
    given: set[str] = set()
    for name, field in cls.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in by_wire_key else name
        if key in by_wire_key:
            by_wire_key[key] = construct_type(value=by_wire_key[key], type_=_field_annotation(field))
            given.add(name)
    extra_type = _extra_items_type(cls)
    if extra_type is not None:
        known = {field.alias or name for name, field in cls.model_fields.items()} | set(cls.model_fields)
        for key, item in by_wire_key.items():
            if key not in known:
                by_wire_key[key] = construct_type(value=item, type_=extra_type)
    held_back = {key: by_wire_key.pop(key) for key in _CONSTRUCT_ARGUMENT_NAMES if key in by_wire_key}
    # A fields set given is added to, not replaced: the fields the data gives are set either way.
    fields_set = None if fields_set is None else {*fields_set, *given}
    model = super(BaseModel, cls).model_construct(fields_set, **by_wire_key)  # pyright: ignore[reportUnknownMemberType]
    for key, item in held_back.items():
        field_name = next((n for n, f in cls.model_fields.items() if key in (n, f.alias)), None)
        if field_name is not None:
            model.__dict__[field_name] = item
            model.__pydantic_fields_set__.add(field_name)
        elif model.__pydantic_extra__ is not None:
            model.__pydantic_extra__[key] = item
    # Every field, in the order the class declares them (as validation gives them): one the data leaves out holds its
    # default, and a required one None (it stays out of `to_dict()`), not AttributeError.
    values = model.__dict__
    in_order: Dict[str, object] = {}
    for name, field in cls.model_fields.items():
        if name in values:
            in_order[name] = values[name]
        else:
            default = field.get_default(call_default_factory=True)
            in_order[name] = None if default is PydanticUndefined else default
    # What else pydantic keeps there stays: a model declaring `__pydantic_extra__: Dict[str, T] = Field(...)` shadows
    # the slot, so its extra properties live in `__dict__`.
    in_order.update({key: item for key, item in values.items() if key not in in_order})
    object.__setattr__(model, "__dict__", in_order)
    return model


@lru_cache(maxsize=256)
def _extra_items_type(cls: type) -> Optional[object]:
    """The item type of a model that declares `__pydantic_extra__: Dict[str, T]` (typed additional properties)."""
    for klass in cls.__mro__:
        if "__pydantic_extra__" not in getattr(klass, "__annotations__", {}):
            continue
        try:
            hints = get_type_hints(klass, include_extras=True)
        except Exception:
            return None
        args = get_args(strip_annotated_type(hints.get("__pydantic_extra__")))
        return args[1] if len(args) == 2 and args[1] is not Any else None
    return None


class DiscriminatorDetails:
    """A discriminated union's tag property and which variant each tag value stands for (a later variant wins a
    value two of them declare)."""

    field_name: str
    """The tag property's name as the union's `PropertyInfo(discriminator=...)` gives it."""
    field_alias_from: Optional[str]
    """Its wire name, where the variants declare one."""
    mapping: Dict[object, type]

    # Stainless's keyword names, so owners' code building details for a union of its own keeps working.
    def __init__(
        self, *, mapping: Dict[object, type], discriminator_field: str, discriminator_alias: Optional[str]
    ) -> None:
        self.field_name = discriminator_field
        self.field_alias_from = discriminator_alias
        self.mapping = mapping


@runtime_checkable
class CachedDiscriminatorType(Protocol):
    """A union whose discriminator details are cached on it (`__discriminator__`, where the type takes attributes)."""

    __discriminator__: DiscriminatorDetails


# Unions' discriminator details, computed once per union type.
DISCRIMINATOR_CACHE: Dict[object, DiscriminatorDetails] = {}


def _discriminator_details(union: object, discriminator: str) -> DiscriminatorDetails:
    try:
        cached = DISCRIMINATOR_CACHE.get(union)
    except TypeError:  # an unhashable union (a variant built at runtime)
        cached = None
    if cached is not None and cached.field_name == discriminator:
        return cached
    mapping: Dict[object, type] = {}
    alias: Optional[str] = None
    for variant in get_args(union):
        variant = strip_annotated_type(variant)
        if not (inspect.isclass(variant) and issubclass(variant, pydantic.BaseModel)):
            continue
        field = variant.model_fields.get(discriminator) or next(
            (f for f in variant.model_fields.values() if f.alias == discriminator), None
        )
        if field is not None and field.alias is not None:
            alias = field.alias
        for tag in _declared_tags(variant, discriminator):
            mapping[tag] = variant
    details = DiscriminatorDetails(mapping=mapping, discriminator_field=discriminator, discriminator_alias=alias)
    try:
        DISCRIMINATOR_CACHE[union] = details
    except TypeError:
        pass
    try:
        # Where earlier SDKs kept it (a `types.UnionType` takes no attributes).
        setattr(union, "__discriminator__", details)  # noqa: B010
    except (AttributeError, TypeError):
        pass
    return details


def _discriminated_variant(union: object, discriminator: str, value: Mapping[str, object]) -> object:
    """The variant whose tag property (named by its Python name or its wire name) has the value's tag; of variants
    sharing the tag, the first the value is valid for, else the last."""
    details = _discriminator_details(union, discriminator)
    alias = details.field_alias_from
    tag = value.get(alias) if alias is not None else None
    if tag is None:
        tag = value.get(discriminator)
    if tag is None:
        return None
    sharing = [variant for variant in get_args(union) if tag in _declared_tags(variant, discriminator)]
    if len(sharing) > 1:
        for variant in sharing:
            try:
                _validate(variant, value, strict=True)
                return variant
            except Exception:
                continue
    try:
        return details.mapping.get(tag)
    except TypeError:  # an unhashable tag value
        return None


def _declared_tags(variant: object, discriminator: str) -> "tuple[object, ...]":
    variant = strip_annotated_type(variant)
    if not (inspect.isclass(variant) and issubclass(variant, pydantic.BaseModel)):
        return ()
    field = variant.model_fields.get(discriminator) or next(
        (f for f in variant.model_fields.values() if f.alias == discriminator), None
    )
    if field is None:
        return ()
    tag_type = strip_annotated_type(field.annotation)
    tags = get_args(tag_type) if is_literal_type(tag_type) else (field.default,)
    return tuple(tag for tag in tags if tag is not None and tag is not PydanticUndefined)


def _fits_shape(variant: object, value: object) -> bool:
    """Whether `value` has the JSON shape of `variant` (an object for a model or a map, an array for a list)."""
    stripped = strip_annotated_type(variant)
    origin = get_origin(stripped) or stripped
    if is_mapping(value):
        return is_mapping_type(stripped) or (inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel))
    if is_list(value):
        return is_list_type(stripped) or is_sequence_type(stripped) or is_iterable_type(stripped)
    return False


def construct_type(*, value: object, type_: object, metadata: Optional[List[Any]] = None) -> object:
    """Builds `value` (decoded JSON) into `type_` without validation: models, lists, dicts and unions are built
    recursively, dates parsed; anything that does not fit is kept as it is. Never raises on bad data.

    `metadata`: a field's annotations (pydantic's `FieldInfo.metadata`, its `PropertyInfo(discriminator=...)`), in
    place of those of an `Annotated` `type_`."""
    if is_type_alias_type(type_):
        type_ = type_alias_value(type_)
    discriminator: Optional[str] = None
    for meta in metadata if metadata else annotated_metadata(type_):
        if isinstance(meta, PropertyInfo) and meta.discriminator is not None:
            discriminator = meta.discriminator
    type_ = strip_annotated_type(type_)
    if is_type_alias_type(type_):
        return construct_type(value=value, type_=type_alias_value(type_))
    origin = get_origin(type_) or type_

    if type_ is Any or type_ is object or value is None:
        return value

    if is_union_type(type_):
        variants = get_args(type_)
        if discriminator is not None and is_mapping(value):
            chosen = _discriminated_variant(type_, discriminator, value)
            if chosen is not None:
                return construct_type(value=value, type_=chosen)
        # The first variant the value fits exactly, then the first it fits with coercion.
        for strict in (True, False):
            for variant in variants:
                try:
                    return _validate(variant, value, strict=strict)
                except Exception:
                    continue
        # Data that fits no variant is built as the first variant of its shape, so nested models stay models.
        for variant in variants:
            if _fits_shape(variant, value):
                return construct_type(value=value, type_=variant)
        return value

    if is_mapping_type(type_):
        if not is_mapping(value):
            return value
        args = get_args(type_)
        item_type: object = args[1] if len(args) == 2 else object
        return {key: construct_type(value=item, type_=item_type) for key, item in value.items()}

    if is_list_type(type_) or is_sequence_type(type_) or is_iterable_type(type_):
        if not is_list(value):
            return value
        args = get_args(type_)
        item_type = args[0] if args else object
        return [construct_type(value=item, type_=item_type) for item in value]

    if inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel):
        if not is_mapping(value):
            return value
        if issubclass(origin, BaseModel):
            model_cls = cast("Type[BaseModel]", type_ if inspect.isclass(type_) else origin)
            return _construct_model(model_cls, value, None)
        return cast(Any, type_).model_construct(**value)

    if origin is float and isinstance(value, int) and not isinstance(value, bool):
        # Only where no precision is lost: an integer beyond 2**53 stays as the API sent it.
        try:
            as_float = float(value)
        except OverflowError:
            return value
        return as_float if as_float == value else value

    if origin is datetime and isinstance(value, (str, int, float)):
        try:
            return parse_datetime(value)
        except Exception:
            return value

    if origin is date and isinstance(value, (str, int, float)):
        try:
            return parse_date(value)
        except Exception:
            return value

    return value


def construct_type_unchecked(*, value: object, type_: Type[_T]) -> _T:
    """`construct_type` typed as giving `type_` (it does not check that the value fits)."""
    return cast(_T, construct_type(value=value, type_=type_))


def is_basemodel(type_: object) -> bool:
    """Whether `type_` is a pydantic model class, or a union of them (and `None`)."""
    if is_union_type(type_):
        return any(is_basemodel(variant) for variant in get_args(type_))
    return is_basemodel_type(type_)


def is_basemodel_type(type_: object) -> bool:
    origin = get_origin(type_) or type_
    return inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel)


@lru_cache(maxsize=256)
def _type_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(type_)


if TYPE_CHECKING:
    from pydantic import TypeAdapter as TypeAdapter
else:
    # Stainless's `_models` gives hand-written code `TypeAdapter` (anthropic's tool runners import it), one a type.
    TypeAdapter = lru_cache(maxsize=None)(pydantic.TypeAdapter)


def _validate(type_: object, value: object, *, strict: bool = False) -> object:
    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        return type_.model_validate(value, strict=strict)
    adapter: pydantic.TypeAdapter[Any]
    try:
        adapter = _type_adapter(type_)
    except TypeError:  # an unhashable type expression cannot be cached
        adapter = pydantic.TypeAdapter(cast(Any, type_))
    return adapter.validate_python(value, strict=strict)


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Validates `value` against `type_` with pydantic; raises `pydantic.ValidationError` when it does not fit."""
    return cast(_T, _validate(type_, value))


def build(base_model_cls: Callable[..., _BaseModelT], *args: Any, **kwargs: Any) -> _BaseModelT:
    """Builds a model from keyword arguments without validating (`construct_type` on a dict)."""
    if args:
        raise TypeError("Received positional arguments which are not supported; Keyword arguments must be used instead")
    return cast(_BaseModelT, construct_type(type_=base_model_cls, value=kwargs))


# The collections a validated `EagerIterable` keeps the type of; any other iterable (a generator, a string) becomes a
# list.
_REBUILT_COLLECTIONS: "tuple[type, ...]" = (list, tuple, set, frozenset, deque)


def _eager_iterable(item_type: object) -> object:
    items_adapter: pydantic.TypeAdapter[List[Any]] = pydantic.TypeAdapter(List[item_type])  # type: ignore[valid-type]

    def validate(value: object) -> object:
        if not isinstance(value, Iterable):
            raise ValueError(f"Expected an iterable, got {type(value).__name__}")
        items = items_adapter.validate_python(list(cast("Iterable[object]", value)))
        kind = type(cast(object, value))
        return cast(Any, kind)(items) if kind in _REBUILT_COLLECTIONS else items

    def serialize(value: object) -> List[object]:
        return list(cast("Iterable[object]", value))

    return Annotated[
        Iterable[item_type],  # type: ignore[valid-type]
        PlainValidator(validate),
        PlainSerializer(serialize),
    ]


if TYPE_CHECKING:
    EagerIterable = Iterable
else:

    class EagerIterable:
        """`Iterable[T]` read once, when validated: pydantic keeps an `Iterable` field as a lazy iterator that the
        first dump uses up. A list, tuple, set, frozenset or deque keeps its type, anything else becomes a list;
        dumped as a list."""

        def __class_getitem__(cls, item_type: object) -> object:
            return _eager_iterable(item_type)


class GenericModel(BaseModel):
    pass


def set_pydantic_config(typ: Any, config: ConfigDict) -> None:
    """Gives a type pydantic does not own (a TypedDict, a dataclass) the config pydantic reads when validating it."""
    setattr(typ, "__pydantic_config__", config)  # noqa: B010


class _EveryScheme(Mapping[str, bool]):
    """The security of a request whose operation names none: every scheme marked True (`get` answers True)."""

    @override
    def __getitem__(self, key: str) -> bool:
        return True

    @override
    def __iter__(self) -> Iterator[str]:
        return iter(())

    @override
    def __len__(self) -> int:
        return 0

    @override
    def __repr__(self) -> str:
        return "EVERY_SCHEME"


EVERY_SCHEME: SecurityOptions = _EveryScheme()


def _security_of(security: Union[Security, SecurityOptions, None]) -> Optional[Security]:
    """`SecurityOptions` (scheme → send it) as `Security`: one alternative of the schemes marked True."""
    if isinstance(security, Mapping):
        return [[scheme for scheme, send in security.items() if send]]
    return security


def _security_options_of(security: Union[Security, SecurityOptions, None]) -> SecurityOptions:
    """`Security` as `SecurityOptions`: every scheme some alternative names marked True (a mapping as given; every
    scheme where the operation names none)."""
    if security is None:
        return EVERY_SCHEME
    if isinstance(security, Mapping):
        return security
    return {scheme: True for requirement in security for scheme in requirement}


class FinalRequestOptionsInput(TypedDict, total=False):
    params: Query
    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    files: Optional[HttpxRequestFiles]
    idempotency_key: Optional[str]
    post_parser: Union[PostParser, NotGiven]
    follow_redirects: Optional[bool]
    json_data: Optional[Body]
    content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]]
    extra_json: Optional[AnyMapping]
    security: Optional[Union[Security, SecurityOptions]]


_FinalRequestOptionsInput = FinalRequestOptionsInput


class FinalRequestOptions:
    """Everything one API call needs, after the generated method and `make_request_options` filled it in."""

    method: str
    url: str
    params: Query
    headers: Union[Headers, NotGiven]
    max_retries: Union[int, NotGiven]
    timeout: Union[float, Timeout, None, NotGiven]
    files: Optional[HttpxRequestFiles]
    idempotency_key: Optional[str]
    post_parser: Union[PostParser, NotGiven]
    follow_redirects: Optional[bool]
    json_data: Optional[Body]
    # A raw body sent as it is (not with `json_data` or `files`).
    content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]]
    extra_json: Optional[AnyMapping]
    # The operation's security as scheme → send it, as Stainless's runtime has it (`EVERY_SCHEME` where the operation
    # names none, `{}` sending none): what `_auth_headers`, `_custom_auth` and an owners' `_prepare_options` read.
    security: SecurityOptions
    # The same as alternatives in order (None: the client's credentials as configured, `[]`: none).
    security_alternatives: Optional[Security]

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Query] = None,
        headers: Union[Headers, NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        files: Optional[HttpxRequestFiles] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[PostParser, NotGiven] = not_given,
        follow_redirects: Optional[bool] = None,
        json_data: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        extra_json: Optional[AnyMapping] = None,
        security: Union[Security, SecurityOptions, None] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.follow_redirects = follow_redirects
        self.json_data = json_data
        self.content = content
        self.extra_json = extra_json
        self.security = _security_options_of(security)
        self.security_alternatives = _security_of(security)

    @classmethod
    def construct(cls, *, method: str, url: str, **values: Unpack[FinalRequestOptionsInput]) -> Self:
        return cls(method=method, url=url, **values)

    def get_max_retries(self, max_retries: int) -> int:
        """The request's own `max_retries`, else the client's (`max_retries`)."""
        return max_retries if isinstance(self.max_retries, NotGiven) else self.max_retries

    def model_copy(self, *, deep: bool = False) -> Self:
        """A copy, shallow unless `deep`: the runtime replaces mappings, never mutates them, so sharing them is safe.

        `deep` as pydantic's `model_copy` (Stainless's options are a pydantic model, and owners' code asks for it)."""
        copied = self.__class__.__new__(self.__class__)
        copied.__dict__.update(copy.deepcopy(self.__dict__) if deep else self.__dict__)
        return copied

    def _strip_raw_response_header(self) -> None:
        from ._constants import RAW_RESPONSE_HEADER

        if not is_given(self.headers):
            return
        headers = {key: value for key, value in self.headers.items() if key.lower() != RAW_RESPONSE_HEADER.lower()}
        self.headers = headers

    @override
    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"FinalRequestOptions({fields})"


