"""Delta sync for offline apps: every public page once, then only what changed since a token.

A token is signed (opaque, tamper-evident) and carries the last ``PageChange`` id the client
has seen, when it was issued, and, while the first full download is still paging, the last
page id sent. Changes are read from the ``PageChange`` log (publish, unpublish, delete, move,
view restrictions) plus the pages whose ``go_live_at`` or ``expire_at`` passed since the
token was issued, since time alone changes their visibility.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.core import signing
from django.db.models import Max, Q
from django.utils import timezone
from wagtail.models import Page

from api.exceptions import ApiError
from pages.models import PageChange

TOKEN_SALT = "api.sync"


@dataclass(frozen=True)
class SyncPosition:
    change_id: int
    issued_at: datetime
    after_page_id: int | None = None  # set while the full download is still paging

    def encode(self):
        payload = {"c": self.change_id, "t": self.issued_at.timestamp()}
        if self.after_page_id is not None:
            payload["a"] = self.after_page_id
        return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def decode_token(token):
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
        return SyncPosition(
            change_id=int(payload["c"]),
            issued_at=datetime.fromtimestamp(float(payload["t"]), tz=UTC),
            after_page_id=int(payload["a"]) if "a" in payload else None,
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise ApiError("since is not a sync token this API issued", code="invalid_parameter") from error


def latest_change_id():
    return PageChange.objects.aggregate(latest=Max("id"))["latest"] or 0


@dataclass(frozen=True)
class SyncBatch:
    pages: list
    removed: list
    token: str
    has_more: bool


def full_batch(public, position, limit):
    """The next ``limit`` public pages by id, starting after ``position.after_page_id``."""
    pages = list(public.filter(pk__gt=position.after_page_id or 0).order_by("pk")[: limit + 1])
    has_more = len(pages) > limit
    pages = pages[:limit]
    after = pages[-1].pk if has_more else None
    token = SyncPosition(position.change_id, position.issued_at, after).encode()
    return SyncBatch(pages=pages, removed=[], token=token, has_more=has_more)


def _changed_page_ids(position, limit):
    """Up to ``limit`` page ids changed after ``position``, the last change id read, and whether more remain."""
    page_ids, last_change_id = [], position.change_id
    rows = PageChange.objects.filter(id__gt=position.change_id).order_by("id").values_list("id", "page_id")
    for change_id, page_id in rows.iterator():
        if page_id not in page_ids:
            if len(page_ids) == limit:
                return page_ids, last_change_id, True
            page_ids.append(page_id)
        last_change_id = change_id
    return page_ids, last_change_id, False


def delta_batch(public, position, limit, now):
    page_ids, last_change_id, has_more = _changed_page_ids(position, limit)
    # Visibility that changed with the clock alone, without any event.
    timed = Q(go_live_at__gt=position.issued_at, go_live_at__lte=now) | Q(
        expire_at__gt=position.issued_at, expire_at__lte=now
    )
    page_ids += [pk for pk in Page.objects.filter(timed).values_list("pk", flat=True) if pk not in page_ids]
    visible = {page.pk: page for page in public.filter(pk__in=page_ids)}
    token = SyncPosition(last_change_id, now if not has_more else position.issued_at).encode()
    return SyncBatch(
        pages=[visible[pk] for pk in page_ids if pk in visible],
        removed=sorted(pk for pk in page_ids if pk not in visible),
        token=token,
        has_more=has_more,
    )


def sync_batch(public, token, limit):
    """The pages to (re)store and the ids to drop since ``token`` (``None``: start a full download)."""
    now = timezone.now()
    if token is None:
        return full_batch(public, SyncPosition(latest_change_id(), now, after_page_id=0), limit)
    position = decode_token(token)
    if position.after_page_id is not None:
        return full_batch(public, position, limit)
    return delta_batch(public, position, limit, now)
