"""Reading certificate PDFs in tests: text, embedded fonts, and the QR code's content."""

import io


def pdf_reader(pdf_bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf_bytes))


def pdf_text(pdf_bytes):
    return "\n".join(page.extract_text() for page in pdf_reader(pdf_bytes).pages)


def embedded_font_names(pdf_bytes):
    """PostScript names of every font the PDF uses, without the subset prefix (ABCDEF+)."""
    names = set()
    for page in pdf_reader(pdf_bytes).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            for entry in [font, *(d.get_object() for d in descendants)] if descendants else [font]:
                base = str(entry.get("/BaseFont", ""))
                if base:
                    names.add(base.lstrip("/").split("+", 1)[-1])
    return names


def unembedded_fonts(pdf_bytes):
    """Fonts whose descriptor carries no font file: the viewer would substitute its own."""
    missing = set()
    for page in pdf_reader(pdf_bytes).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            for entry in [d.get_object() for d in descendants] if descendants else [font]:
                descriptor = entry.get("/FontDescriptor")
                if descriptor is None:
                    missing.add(str(entry.get("/BaseFont")))
                    continue
                descriptor = descriptor.get_object()
                if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(entry.get("/BaseFont")))
    return missing


def decode_qr_codes(pdf_bytes):
    """The text of every QR code among the PDF's images (decoded with zxing-cpp)."""
    import zxingcpp

    texts = []
    for page in pdf_reader(pdf_bytes).pages:
        for image in page.images:
            for barcode in zxingcpp.read_barcodes(image.image.convert("L")):
                texts.append(barcode.text)
    return texts
