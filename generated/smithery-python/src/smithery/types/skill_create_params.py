from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    namespace: Required[str]
    """The namespace to create the skill in."""

    slug: Required[str]
    """URL-friendly identifier for the skill."""

    git_url: Required[Annotated[str, PropertyInfo(alias="gitUrl")]]
    """GitHub URL pointing to a repository with SKILL.md"""
