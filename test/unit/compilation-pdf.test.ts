import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildNationalPicture } from '../../src/collections/national-picture';
import { renderNationalReport } from '../../src/collections/national-report';
import { loadReportTexts } from '../../src/reports/report-texts';
import { assessment, doc, pictureInput, risk } from '../support/pictures';
import { assertAccessiblePdf, needs, pdfInfo, pdfText, qpdfCheck } from '../support/tools';

describe('the national report as one PDF', () => {
  it('holds the nation, the counties compared and every county as a chapter, and is a valid tagged PDF', async (t) => {
    if (!needs(t, ['pdftotext', 'pdfinfo', 'qpdf', 'pikepdf'])) return;
    const county = (code: string, name: string, title: string) => {
      const input = pictureInput('approved', [
        assessment(
          `${code}01`,
          'approved',
          doc({ observedRisks: [risk('r1', 'social_oro', 'hog', 'okat', { title, description: title })] }),
        ),
      ]);
      return {
        ...input,
        round: { ...input.round, id: `round-${code}`, countyCode: code, countyName: name, status: 'closed' },
        municipalities: input.municipalities.map((m) => ({ ...m, code: `${code}01` })),
      };
    };
    const collection = { id: 'c1', title: 'Hela landet, hösten 2026', createdAt: '2026-11-23T10:00:00Z' };
    const { national, counties } = buildNationalPicture(collection, [
      county('02', 'Andra länet', 'Oro i Söderby'),
      county('01', 'Första länet', 'Bränder i Norrby'),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'lagesbild-national-'));
    try {
      const file = join(dir, 'riket.pdf');
      await renderNationalReport(
        'pdf',
        national,
        counties,
        loadReportTexts('sv'),
        new Date('2026-11-23T10:00:00Z'),
        file,
      );
      assert.equal(qpdfCheck(file), 0);
      const info = pdfInfo(file);
      assert.equal(info.Tagged, 'yes');
      assert.equal(info.Title, 'Nationell lägesbild: social risk: Hela landet, hösten 2026');
      assertAccessiblePdf(file, { lang: 'sv-SE', title: info.Title, working: false });
      const text = pdfText(file);
      for (const expected of [
        'Innehåll',
        'Jämförelse mellan länen',
        'Kommunerna i landet',
        'Bränder i Norrby',
        'Oro i Söderby',
      ])
        assert.ok(text.includes(expected), `the national report shows "${expected}"`);
      assert.ok(
        text.indexOf('Kommunerna i landet') < text.indexOf('Kommunerna i länet'),
        'the national part speaks of the country; the county chapters after it of their counties',
      );
      assert.ok(
        text.lastIndexOf('Första länet') < text.lastIndexOf('Andra länet'),
        'the counties come in county code order',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
