from .._models import BaseModel

__all__ = ["BundleDownloadError"]


class BundleDownloadError(BaseModel):
    error: str
