"""Reads a tagged PDF's structure with pikepdf, as a reader that did not write it, and prints what a check of PDF/UA
needs as JSON: the document's language and title, its headings in reading order, its figures' alternative text, its
tables' header cells and their scope, and on every page the text drawn outside both the structure and the artifacts."""
import json
import sys

import pikepdf

pdf = pikepdf.open(sys.argv[1])
root = pdf.Root
info = {
    'lang': str(root.get('/Lang', '')),
    'marked': bool(root.get('/MarkInfo', {}).get('/Marked', False)),
    'displayTitle': bool(root.get('/ViewerPreferences', {}).get('/DisplayDocTitle', False)),
    'title': str(pdf.docinfo.get('/Title', '')),
}
headings, figures, tables = [], [], []


def kids(element):
    k = element.get('/K')
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def scope_of(element):
    attributes = element.get('/A')
    if attributes is None:
        return None
    for a in (list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]):
        if isinstance(a, pikepdf.Dictionary) and '/Scope' in a:
            return str(a['/Scope'])
    return None


def walk(element, depth=0):
    if depth > 200 or not isinstance(element, pikepdf.Dictionary):
        return
    kind = str(element.get('/S', ''))
    if kind in ('/H1', '/H2', '/H3', '/H4', '/H5', '/H6'):
        headings.append(int(kind[2]))
    elif kind == '/Figure':
        figures.append(str(element.get('/Alt', '')))
    elif kind == '/Table':
        cells = []

        def collect(e, d=0):
            if d > 50 or not isinstance(e, pikepdf.Dictionary):
                return
            s = str(e.get('/S', ''))
            if s == '/TH':
                cells.append(scope_of(e))
            for c in kids(e):
                collect(c, d + 1)

        collect(element)
        tables.append({'headers': len(cells), 'scopes': sorted(set(str(c) for c in cells))})
    for child in kids(element):
        walk(child, depth + 1)


walk(root.StructTreeRoot)

TEXT_SHOWING = {'Tj', 'TJ', "'", '"'}
pages = []
for page in pdf.pages:
    stack = []
    loose, artifacts, pagination = 0, 0, 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ('BDC', 'BMC'):
            tag = str(operands[0])
            props = operands[1] if op == 'BDC' and len(operands) > 1 else None
            tagged = isinstance(props, pikepdf.Dictionary) and '/MCID' in props
            stack.append('artifact' if tag == '/Artifact' else 'tagged' if tagged else 'other')
            if tag == '/Artifact':
                artifacts += 1
                if isinstance(props, pikepdf.Dictionary) and str(props.get('/Type', '')) == '/Pagination':
                    pagination += 1
        elif op == 'EMC' and stack:
            stack.pop()
        elif op in TEXT_SHOWING and not any(s in ('artifact', 'tagged') for s in stack):
            loose += 1
    pages.append({'looseText': loose, 'artifacts': artifacts, 'pagination': pagination})

print(json.dumps({**info, 'headings': headings, 'figures': figures, 'tables': tables, 'pages': pages}))
