"""Django's Redis cache, made to fail open: if Redis is down, the site answers uncached and says so.

Every cache call that cannot reach Redis behaves as a miss (``get`` returns the default, ``set``
does nothing) instead of raising, and the outage is logged at most once per
``LOG_INTERVAL`` seconds per process, not once per request. After a failure the backend does
not try Redis again for ``RETRY_AFTER`` seconds, so a Redis host that times out (rather than
refusing) does not add its timeout to every request.

A write that was lost while Redis was down may have been an invalidation (see
``api/response_cache.py``), so the first successful call after an outage runs the
``on_reconnect`` hooks: the response cache registers one that makes every cached response stale.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

LOG_INTERVAL = 60.0
RETRY_AFTER = 2.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` for every call (about 0.15 ms of Python each,
    most of a cache hit); a ``redis.Redis`` is thread-safe, so one per connection pool serves all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` that never raises on a Redis outage."""

    on_reconnect = []  # callables run once Redis answers again after writes were lost

    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        # Short timeouts: a slow Redis must cost a request milliseconds, not seconds.
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._down_until = 0.0
        self._last_logged = 0.0
        self._lost_writes = False

    def validate_key(self, key):
        """Nothing to check: the base class warns about keys memcached would refuse, which
        Redis takes (2.5 µs a key, on every version check of a cached response)."""

    def _failed(self, operation, error, *, write):
        now = time.monotonic()
        self._down_until = now + RETRY_AFTER
        self._lost_writes = self._lost_writes or write
        if now - self._last_logged >= LOG_INTERVAL:
            self._last_logged = now
            logger.error("Redis cache unavailable (%s failed: %s); serving uncached", operation, error)

    def _call(self, operation, default, *args, write=False, **kwargs):
        if time.monotonic() < self._down_until:
            self._lost_writes = self._lost_writes or write
            return default
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except (RedisError, OSError) as error:
            self._failed(operation, error, write=write)
            return default
        if self._lost_writes:
            self._lost_writes = False
            logger.warning("Redis cache reachable again")
            for hook in list(self.on_reconnect):
                hook(self)
        return result

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version=version, write=True)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version=version, write=True)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version=version, write=True)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version=version, write=True)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version, write=True)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version=version, write=True)

    def incr(self, key, delta=1, version=None):
        # Callers of incr expect a number; with Redis down there is none to give.
        return self._call("incr", None, key, delta, version=version, write=True)

    def clear(self):
        return self._call("clear", False, write=True)
