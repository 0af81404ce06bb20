__title__ = "pet_shop"
__version__ = "0.1.0"  # x-release-please-version
