"""Export and import of translation files (PO, XLIFF 2), staleness and progress."""

import polib
import pytest
from django.core.management import CommandError, call_command

from pages.catalogs.entries import CatalogError
from pages.catalogs.exporter import export_catalog
from pages.catalogs.importer import CatalogRejected, import_catalog
from pages.catalogs.xliff import html_to_parts, parts_to_html, read_xliff
from pages.models import ArticlePage
from pages.segments import source_segments
from pages.translation_status import segment_progress
from tests import factories
from tests.block_samples import ZWJ, ZWNJ, every_block

WORDS = {"kn": f"ಅನುವಾದ ಕ್{ZWNJ}ಷ", "te": f"అనువాదం క్{ZWNJ}ష", "hi": f"अनुवाद क्{ZWJ}ष"}


@pytest.fixture
def page(home):
    section = factories.SectionIndexPageFactory(parent=home, title_en="Blog", slug_en="blog")
    image = factories.ImageFactory()
    return factories.ArticlePageFactory(
        parent=section,
        title_en="Dry needling for spinal stenosis",
        seo_title_en="Dry needling and stenosis",
        intro_en="<p>Needles <b>relax</b> tight muscles &amp; ease pain.</p>",
        body_en=every_block("en", image.pk, section.pk),
    )


def translate(text, lang, n):
    """A stand-in translation that keeps rich text's tags, like a translator would."""
    if text.startswith("<"):
        return parts_to_html([p if isinstance(p, tuple) else f"{WORDS[lang]} {n}" for p in html_to_parts(text)])
    return f"{WORDS[lang]} {n}"


def translated_po(data, lang, only=None):
    catalog = polib.pofile(data.decode())
    for n, entry in enumerate(catalog):
        if only is None or n in only:
            entry.msgstr = translate(entry.msgid, lang, n)
    return str(catalog).encode()


def fresh(page):
    return ArticlePage.objects.get(pk=page.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_po_round_trip_keeps_indic_text_byte_for_byte(page, lang):
    exported = export_catalog([page], lang, "po")
    assert {e.msgctxt for e in polib.pofile(exported.decode())} == {s.key for s in source_segments(page)}
    translated = translated_po(exported, lang)

    report = import_catalog(translated, publish=True)

    assert report.translated == len(source_segments(page)) and report.pages == [page.pk]
    again = polib.pofile(export_catalog([fresh(page)], lang, "po").decode())
    expected = {e.msgctxt: e.msgstr for e in polib.pofile(translated.decode())}
    assert {e.msgctxt: e.msgstr.encode() for e in again} == {k: v.encode() for k, v in expected.items()}
    assert segment_progress(fresh(page), lang).status == "complete"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_xliff_round_trip_keeps_markup_and_text(page, lang):
    exported = export_catalog([page], lang, "xliff")
    _language, entries = read_xliff(exported)
    # Translate by rewriting the file's targets through a PO built from the same entries.
    po = polib.POFile()
    po.metadata = {"Language": lang}
    for n, entry in enumerate(entries):
        po.append(polib.POEntry(msgctxt=entry.key, msgid=entry.source, msgstr=translate(entry.source, lang, n)))
    import_catalog(str(po).encode(), publish=True)

    _language, again = read_xliff(export_catalog([fresh(page)], lang, "xliff"))
    assert [e.translation for e in again] == [translate(e.source, lang, n) for n, e in enumerate(entries)]
    intro = next(e for e in again if e.key.endswith(":intro"))
    assert intro.translation.startswith("<p>") and "<b>" in intro.translation
    assert b'<ph id="d2_1" dataRef="d2"' in export_catalog([fresh(page)], lang, "xliff")


@pytest.mark.django_db
def test_translated_body_keeps_english_structure_and_block_ids(page):
    import_catalog(translated_po(export_catalog([page], "kn", "po"), "kn"), publish=True)
    page = fresh(page)
    english, kannada = page.body_en.raw_data, page.body_kn.raw_data
    assert [(b["type"], b["id"]) for b in english] == [(b["type"], b["id"]) for b in kannada]
    assert english[3]["value"]["items"][0]["id"] == kannada[3]["value"]["items"][0]["id"]
    assert kannada[11]["value"]["phone"] == "+91 89510 47001"


@pytest.mark.django_db
def test_import_without_publish_saves_a_draft_revision(page):
    import_catalog(translated_po(export_catalog([page], "te", "po"), "te"))
    page = fresh(page)
    assert page.title_te is None or page.title_te == ""
    assert page.get_latest_revision_as_object().title_te.startswith(WORDS["te"])
    assert page.has_unpublished_changes


def edit_english(page, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()


def assert_nothing_written(page, revisions_before):
    page = fresh(page)
    assert page.revisions.count() == revisions_before
    assert not page.title_kn


@pytest.mark.django_db
def test_changed_source_rejects_the_whole_file(page):
    exported = translated_po(export_catalog([page], "kn", "po"), "kn")
    edit_english(page, seo_title_en="Dry needling: a new SEO title")
    revisions = page.revisions.count()

    with pytest.raises(CatalogRejected) as error:
        import_catalog(exported)

    assert error.value.report.changed_sources == [f"{page.pk}:seo_title"]
    assert_nothing_written(page, revisions)


@pytest.mark.django_db
def test_skip_changed_imports_the_rest(page):
    exported = translated_po(export_catalog([page], "kn", "po"), "kn")
    edit_english(page, seo_title_en="Dry needling: a new SEO title")

    report = import_catalog(exported, skip_changed=True, publish=True)

    assert report.changed_sources == [f"{page.pk}:seo_title"]
    assert fresh(page).title_kn.startswith(WORDS["kn"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'msgid "unterminated\nmsgstr', "Not a valid PO file"),
        (b"<xliff version='2.0'><file>", "Not a valid XLIFF file"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"", "empty"),
    ],
)
def test_malformed_file_changes_nothing_and_says_why(page, data, message):
    revisions = page.revisions.count()
    with pytest.raises(CatalogError, match=message):
        import_catalog(data)
    assert_nothing_written(page, revisions)


@pytest.mark.django_db
def test_file_in_the_wrong_script_is_refused(page):
    telugu_in_kannada_file = translated_po(export_catalog([page], "te", "po"), "te").replace(
        b"Language: te", b"Language: kn"
    )
    revisions = page.revisions.count()
    with pytest.raises(CatalogError, match="says Kannada \\(kn\\) but its translations are in Telugu script"):
        import_catalog(telugu_in_kannada_file)
    with pytest.raises(CatalogError, match="is for Telugu \\(te\\), not Hindi \\(hi\\)"):
        import_catalog(translated_po(export_catalog([page], "te", "po"), "te"), expected_language="hi")
    assert_nothing_written(page, revisions)


@pytest.mark.django_db
def test_unknown_page_rejects_the_file(page):
    data = translated_po(export_catalog([page], "kn", "po"), "kn").replace(
        f'msgctxt "{page.pk}:title"'.encode(), b'msgctxt "999999:title"'
    )
    revisions = page.revisions.count()
    with pytest.raises(CatalogError, match="Unknown page id\\(s\\): 999999"):
        import_catalog(data)
    assert_nothing_written(page, revisions)


@pytest.mark.django_db
def test_english_edit_makes_the_translation_stale(page):
    import_catalog(translated_po(export_catalog([page], "hi", "po"), "hi"), publish=True)
    heading_key = next(s.key for s in source_segments(page) if s.label.endswith("Heading › Text"))
    assert segment_progress(fresh(page), "hi").status == "complete"

    draft = fresh(page).get_latest_revision_as_object()
    draft.body_en[0].value["text"] = "A new English heading"
    draft.save_revision().publish()

    progress = segment_progress(fresh(page), "hi")
    assert progress.status == "stale"
    assert progress.stale == (heading_key,)
    stale_export = polib.pofile(export_catalog([fresh(page)], "hi", "po", untranslated_only=True).decode())
    assert [(e.msgctxt, "fuzzy" in e.flags) for e in stale_export] == [(heading_key, True)]


@pytest.mark.django_db
def test_progress_percentages(page):
    total = len(source_segments(page))
    assert segment_progress(page, "kn").percent == 0
    assert segment_progress(page, "kn").status == "missing"

    import_catalog(translated_po(export_catalog([page], "kn", "po"), "kn", only={0, 1, 2}), publish=True)

    progress = segment_progress(fresh(page), "kn")
    assert (progress.status, progress.translated, progress.total) == ("partial", 3, total)
    assert progress.percent == 300 // total
    assert len(progress.missing) == total - 3


@pytest.mark.django_db
def test_management_commands_round_trip(page, tmp_path):
    exported = tmp_path / "kn.po"
    call_command("export_translations", "--lang", "kn", "--page", str(page.pk), "-o", str(exported))
    exported.write_bytes(translated_po(exported.read_bytes(), "kn"))

    call_command("import_translations", str(exported), "--publish")

    assert fresh(page).title_kn.startswith(WORDS["kn"])
    broken = tmp_path / "broken.po"
    broken.write_bytes(b'msgid "x\nmsgstr')
    with pytest.raises(CommandError, match="Not a valid PO file"):
        call_command("import_translations", str(broken))
