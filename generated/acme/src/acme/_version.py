__title__ = "acme"
__version__ = "0.1.0"  # x-release-please-version
