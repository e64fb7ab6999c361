"""Reads a workbook with openpyxl (independent of the library that wrote it) and prints its cells as JSON."""
import io
import json
import posixpath
import sys
import warnings
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
from PIL import Image

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
}


def rels(package, part):
    """A part's relationships, by id, as paths in the package."""
    path = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if path not in package.namelist():
        return {}
    root = ET.fromstring(package.read(path))
    return {
        r.get("Id"): posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target")))
        for r in root.findall("rel:Relationship", NS)
    }


def alt_texts(file):
    """Each sheet's pictures' text alternatives (descr), in the drawing's order, read from the package's XML."""
    with zipfile.ZipFile(file) as package:
        workbook_rels = rels(package, "xl/workbook.xml")
        result = {}
        for sheet in ET.fromstring(package.read("xl/workbook.xml")).find("m:sheets", NS):
            part = workbook_rels[sheet.get(f"{{{NS['r']}}}id")]
            drawing = ET.fromstring(package.read(part)).find("m:drawing", NS)
            if drawing is None:
                continue
            drawing_part = rels(package, part)[drawing.get(f"{{{NS['r']}}}id")]
            root = ET.fromstring(package.read(drawing_part))
            result[sheet.get("name")] = [p.get("descr") for p in root.iter(f"{{{NS['xdr']}}}cNvPr")]
        return result


# openpyxl keeps a drawing's pictures and warns that it drops anything else; the pictures are what is read here.
warnings.filterwarnings("ignore", message="DrawingML support is incomplete")
workbook = openpyxl.load_workbook(sys.argv[1])
alts = alt_texts(sys.argv[1])
sheets = {}
for sheet in workbook.worksheets:
    images = []
    for i, image in enumerate(sheet._images):
        pixels = Image.open(io.BytesIO(image._data())).size
        images.append({
            "row": image.anchor._from.row + 1,
            "col": image.anchor._from.col + 1,
            "png": list(pixels),
            "alt": (alts.get(sheet.title) or [None] * (i + 1))[i],
        })
    sheets[sheet.title] = {
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "hiddenRows": sorted(n for n, d in sheet.row_dimensions.items() if d.hidden),
        "hiddenColumns": sorted(k for k, d in sheet.column_dimensions.items() if d.hidden),
        "printHeader": sheet.oddHeader.center.text,
        "images": images,
        "rows": [
            [{"v": None if c.value is None else str(c.value), "t": c.data_type, "f": c.number_format} for c in row]
            for row in sheet.iter_rows()
        ],
    }
print(json.dumps({"names": workbook.sheetnames, "sheets": sheets}))
