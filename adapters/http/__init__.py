"""The HTTP side of `sanctum run` (aiohttp.web): health, metrics, links sent to contacts."""
