"""Reads a workbook with openpyxl (independent of the library that wrote it) and prints its cells as JSON."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheets = {}
for sheet in workbook.worksheets:
    sheets[sheet.title] = {
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "hiddenRows": sorted(n for n, d in sheet.row_dimensions.items() if d.hidden),
        "hiddenColumns": sorted(k for k, d in sheet.column_dimensions.items() if d.hidden),
        "printHeader": sheet.oddHeader.center.text,
        "rows": [
            [{"v": None if c.value is None else str(c.value), "t": c.data_type, "f": c.number_format} for c in row]
            for row in sheet.iter_rows()
        ],
    }
print(json.dumps({"names": workbook.sheetnames, "sheets": sheets}))
