"""Edits a workbook with openpyxl, as a user's spreadsheet program would, and prints its dropdown lists as JSON.

Usage: xlsx_edit.py IN OUT EDITS, where EDITS is JSON [[sheet, cell, value], ...] and OUT is "-" to only read.
"""
import json
import sys

import openpyxl

source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
workbook = openpyxl.load_workbook(source)
validations = {
    sheet.title: [[str(v.sqref), v.type, v.formula1] for v in sheet.data_validations.dataValidation]
    for sheet in workbook.worksheets
}
states = {sheet.title: sheet.sheet_state for sheet in workbook.worksheets}
protected = {sheet.title: bool(sheet.protection.sheet) for sheet in workbook.worksheets}
for sheet, cell, value in edits:
    workbook[sheet][cell].value = value
if target != "-":
    workbook.save(target)
print(json.dumps({"validations": validations, "states": states, "protected": protected}))
