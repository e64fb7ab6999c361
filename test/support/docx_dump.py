"""Reads a Word file with python-docx, as a reader that did not write it: its headings, paragraphs and tables in
order, its images' alternative text, its sections, page headers, contents field and language, as JSON."""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

document = docx.Document(sys.argv[1])
body = document.element.body
blocks = []
for child in body.iterchildren():
    if child.tag == qn('w:p'):
        paragraph = Paragraph(child, document)
        style = paragraph.style.name if paragraph.style is not None else ''
        text = paragraph.text
        if style.startswith('Heading '):
            blocks.append({'kind': 'heading', 'level': int(style.split(' ')[1]), 'text': text})
        elif text:
            blocks.append({'kind': 'paragraph', 'style': style, 'text': text})
    elif child.tag == qn('w:tbl'):
        table = Table(child, document)
        first = table.rows[0]._tr if table.rows else None
        repeat = first is not None and first.find(qn('w:trPr')) is not None and \
            first.find(qn('w:trPr')).find(qn('w:tblHeader')) is not None
        blocks.append({
            'kind': 'table',
            'repeatHeader': repeat,
            'rows': [[cell.text for cell in row.cells] for row in table.rows],
        })

images = [
    {'name': p.get('name'), 'title': p.get('title'), 'descr': p.get('descr')}
    for p in body.iter(qn('wp:docPr'))
]
instructions = ' '.join(t.text or '' for t in body.iter(qn('w:instrText')))
instructions += ' '.join(f.get(qn('w:instr')) or '' for f in body.iter(qn('w:fldSimple')))
defaults = document.styles.element.find(qn('w:docDefaults'))
lang = defaults.find('.//' + qn('w:lang')) if defaults is not None else None
print(json.dumps({
    'title': document.core_properties.title,
    'language': lang.get(qn('w:val')) if lang is not None else None,
    'blocks': blocks,
    'images': images,
    'contents': 'TOC' in instructions,
    'sections': [str(s.orientation).split('.')[-1].split(' ')[0].lower() for s in document.sections],
    'headers': [' '.join(p.text for p in s.header.paragraphs) for s in document.sections],
}, ensure_ascii=False))
