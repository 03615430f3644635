"""The carriers (request and response models) of the EMail agent, generated from openapi.yaml."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
