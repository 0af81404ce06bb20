__title__ = "smithery"
__version__ = "0.1.0"  # x-release-please-version
