from pages.catalogs.entries import catalog_entries
from pages.catalogs.po import write_po
from pages.catalogs.xliff import write_xliff

WRITERS = {"po": write_po, "xliff": write_xliff}
EXTENSIONS = {"po": "po", "xliff": "xlf"}


def export_catalog(pages, language, file_format="po", untranslated_only=False):
    """The bytes of a PO or XLIFF file with ``pages``' strings for ``language``."""
    return WRITERS[file_format](catalog_entries(pages, language, untranslated_only), language)
