import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import { renderCompilationPdf } from '../../src/reports/pdf/county-report.pdf';
import { loadReportTexts } from '../../src/reports/report-texts';
import { assessment, doc, pictureInput, risk } from '../support/pictures';
import { needs, pdfInfo, pdfText, qpdfCheck } from '../support/tools';

describe('the compilation of many counties in one PDF', () => {
  it('holds every county as a chapter with its figures, and is a valid tagged PDF', async (t) => {
    if (!needs(t, ['pdftotext', 'pdfinfo', 'qpdf'])) return;
    const county = (code: string, name: string, title: string) => {
      const input = pictureInput('submitted', [
        assessment(
          '0001',
          'approved',
          doc({ observedRisks: [risk('r1', 'social_oro', 'hog', 'okat', { title })] }),
        ),
      ]);
      return buildCountyPicture({ ...input, round: { ...input.round, countyCode: code, countyName: name } });
    };
    const dir = mkdtempSync(join(tmpdir(), 'lagesbild-compilation-'));
    try {
      const file = join(dir, 'riket.pdf');
      await renderCompilationPdf(
        [county('01', 'Första länet', 'Bränder i Norrby'), county('02', 'Andra länet', 'Oro i Söderby')],
        loadReportTexts('sv'),
        new Date('2026-11-23T10:00:00Z'),
        createWriteStream(file),
        'Hela landet, hösten 2026',
      );
      assert.equal(qpdfCheck(file), 0);
      assert.equal(pdfInfo(file).Tagged, 'yes');
      const text = pdfText(file);
      for (const expected of [
        'Hela landet, hösten 2026',
        'Första länet',
        'Andra länet',
        'Bränder i Norrby',
        'Oro i Söderby',
      ])
        assert.ok(text.includes(expected), `the compilation shows "${expected}"`);
      assert.ok(
        text.indexOf('Första länet') < text.indexOf('Andra länet'),
        'the counties come in the order given',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
