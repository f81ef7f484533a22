from django.db import models


class PageChange(models.Model):
    """A page whose public visibility or content may have changed; delta sync reads these in id order.

    Written on publish, unpublish, delete, move and view-restriction changes (for the page and
    its descendants). Keeps only the page id, so a deleted page's removal can still be reported.
    """

    page_id = models.IntegerField(db_index=True)
    changed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"page {self.page_id} changed at {self.changed_at:%Y-%m-%d %H:%M:%S}"
