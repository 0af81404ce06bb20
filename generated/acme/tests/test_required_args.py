# `required_args`: the check, at call time, that the arguments of at least one of a method's overloads were given.

from __future__ import annotations

import pytest

from acme._utils import required_args


@required_args(["name"])
def greet(name: str = "", *, loud: bool = False) -> str:
    return name.upper() if loud else name


@required_args(["model", "prompt"], ["model", "messages"])
def create(*, model: str = "", prompt: str = "", messages: str = "", stream: bool = False) -> str:
    return f"{model}:{prompt or messages}:{stream}"


@required_args(["first", "second"])
def pair(first: int = 0, second: int = 0, /) -> int:
    return first + second


def test_given_by_keyword_or_position() -> None:
    assert greet(name="ada") == "ada"
    assert greet("ada") == "ada"
    assert greet("ada", loud=True) == "ADA"


def test_positional_only_parameters_count_as_given() -> None:
    assert pair(1, 2) == 3


def test_one_missing_argument_is_named() -> None:
    with pytest.raises(TypeError, match=r"^Missing required argument: 'name'$"):
        greet(loud=True)


def test_several_missing_arguments_are_named_together() -> None:
    with pytest.raises(TypeError, match=r"^Missing required arguments: 'first' and 'second'$"):
        pair()


def test_any_variant_satisfies_the_check() -> None:
    assert create(model="m", prompt="p") == "m:p:False"
    assert create(model="m", messages="hi", stream=True) == "m:hi:True"


def test_no_variant_given_lists_every_variant() -> None:
    with pytest.raises(TypeError) as error:
        create(model="m")
    expected = "Expected either ('model' and 'prompt') or ('model' and 'messages') arguments to be given"
    assert str(error.value) == f"Missing required arguments; {expected}"


def test_too_many_positional_arguments() -> None:
    with pytest.raises(TypeError, match=r"takes 1 argument\(s\) but 2 were given"):
        greet("a", "b")  # type: ignore[misc]  # pyright: ignore[reportCallIssue]


def test_the_wrapped_function_keeps_its_name_and_docs() -> None:
    assert greet.__name__ == "greet"
    wrapped = getattr(create, "__wrapped__")  # noqa: B009
    assert wrapped.__name__ == "create"
