import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { readAbout, readAssessmentWorkbook } from '../../src/assessment-workbook/workbook-reader';
import { ABOUT_SHEET } from '../../src/assessment-workbook/workbook-layout';
import { writeAssessmentWorkbook, WorkbookContent } from '../../src/assessment-workbook/workbook-writer';
import { normalizeDocument } from '../../src/assessments/document-rules';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { validateAs } from '../../src/common/validation';
import { DomainError } from '../../src/common/domain-error';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { completeDocument } from '../support/documents';
import { svText } from '../support/texts';
import { NO_RSA_QUESTIONS as NO_RSA } from '../../src/rounds/round-rules';

const plans = [
  {
    id: 'old-1',
    description: 'Fältarbete i centrum',
    riskIds: [],
    responsible: 'Socialtjänsten',
    period: 'Våren',
  },
  { id: 'old-2', description: 'Utbildning för skolan', riskIds: [], responsible: 'Skolan', period: 'Hösten' },
];

async function document() {
  const body = {
    ...completeDocument(4),
    noRisksObserved: false,
    followUps: [{ plannedMeasureId: 'old-1', status: 'genomford', comment: 'Klart i maj' }],
  };
  return normalizeDocument(await validateAs(AssessmentDocumentDto, body));
}

async function content(): Promise<WorkbookContent> {
  return {
    roundId: 'round-1',
    roundTitle: 'Hösten 2026',
    deadline: '2026-12-01',
    respondent: { kind: 'municipality', key: '0780', name: 'Växjö' },
    version: 4,
    taxonomy: DEFAULT_TAXONOMY,
    rsa: NO_RSA,
    document: await document(),
    followUpPlans: plans,
    generatedAt: new Date('2026-11-23T10:00:00Z'),
  };
}

/** The workbook with one change made by exceljs, as a user's spreadsheet program would save it. */
async function edited(file: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the assessment workbook', () => {
  it('belongs to an organisation by its id, and names it as the organisation', async () => {
    const id = '3f1c2b7a-0000-4000-8000-00000000a1b2';
    const written = {
      ...(await content()),
      respondent: { kind: 'organisation' as const, key: id, name: 'Region Kronoberg' },
    };
    const file = await writeAssessmentWorkbook(written);
    const read = await readAssessmentWorkbook(file, DEFAULT_TAXONOMY, NO_RSA);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.about, { roundId: 'round-1', respondentKey: id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const about = readAbout(workbook);
    assert.equal(about.respondentName, 'Region Kronoberg', 'a refusal names whose file it is');
    assert.equal(about.roundTitle, 'Hösten 2026');
    const rows: string[] = [];
    workbook.getWorksheet(ABOUT_SHEET)!.eachRow((row) => rows.push(row.getCell(1).text));
    assert.ok(rows.includes('Organisation'));
    assert.ok(!rows.includes('Kommun') && !rows.includes('Kommunkod'));
  });

  it('reads back exactly the document it was written from, follow-ups of every planned measure included', async () => {
    const written = await content();
    const read = await readAssessmentWorkbook(
      await writeAssessmentWorkbook(written),
      DEFAULT_TAXONOMY,
      NO_RSA,
    );
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.about, { roundId: 'round-1', respondentKey: '0780' });
    assert.equal(read.body.version, 4);
    const back = normalizeDocument(await validateAs(AssessmentDocumentDto, read.body));
    // A column per list entry gives chosen codes back in the list's order.
    const expected = structuredClone(written.document);
    expected.observedRisks[1]!.affectedGroups = ['barn_unga', 'valdsutsatta'];
    assert.deepEqual(back, {
      ...expected,
      followUps: [
        { plannedMeasureId: 'old-1', status: 'genomford', comment: 'Klart i maj' },
        { plannedMeasureId: 'old-2', status: null, comment: '' },
      ],
    });
  });

  it('has the RSA columns only in a round that asks for them, and reads the scoring back', async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await writeAssessmentWorkbook(await content())) as unknown as ArrayBuffer);
    const headers = (workbook: ExcelJS.Workbook) =>
      (workbook.getWorksheet('Observerade risker')!.getRow(1).values as unknown[]).map(String);
    assert.equal(
      headers(plain).some((h) => /RSA|Skyddsvärde|Eskalering/.test(h)),
      false,
    );

    const rsa = { scoring: true, escalationAreas: ['social_oro'] };
    const written = { ...(await content()), rsa };
    Object.assign(written.document.observedRisks[0]!, {
      likelihood: 'hog',
      consequence: 'allvarliga',
      protectedValues: ['liv_halsa', 'demokrati_rattssakerhet'],
      escalationStage: 'fordomar_rykten',
    });
    Object.assign(written.document.observedRisks[1]!, {
      likelihood: 'medelhog',
      consequence: 'mycket_allvarliga',
    });
    const file = await writeAssessmentWorkbook(written);
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.load(file as unknown as ArrayBuffer);
    const sheetHeaders = headers(scored);
    for (const header of [
      'Sannolikhet (RSA)',
      'Konsekvens (RSA)',
      'Skyddsvärde: Människors liv och hälsa',
      'Eskaleringssteg för social oro',
    ])
      assert.ok(sheetHeaders.includes(header), header);
    const risks = scored.getWorksheet('Observerade risker')!;
    const likelihoodColumn = sheetHeaders.indexOf('Sannolikhet (RSA)');
    assert.equal(risks.getRow(2).getCell(likelihoodColumn).value, 'Hög sannolikhet');

    const read = await readAssessmentWorkbook(file, DEFAULT_TAXONOMY, rsa);
    assert.deepEqual(read.errors, []);
    const back = normalizeDocument(await validateAs(AssessmentDocumentDto, read.body));
    assert.deepEqual(
      back.observedRisks.map((r) => [r.likelihood, r.consequence, r.protectedValues, r.escalationStage]),
      [
        ['hog', 'allvarliga', ['liv_halsa', 'demokrati_rattssakerhet'], 'fordomar_rykten'],
        ['medelhog', 'mycket_allvarliga', [], null],
      ],
    );

    const typo = await edited(file, (workbook) => {
      workbook.getWorksheet('Observerade risker')!.getRow(3).getCell(likelihoodColumn).value =
        'Ganska trolig';
    });
    const refused = await readAssessmentWorkbook(typo, DEFAULT_TAXONOMY, rsa);
    assert.deepEqual(
      refused.errors.map((e) => [e.path, e.code, e.sheet]),
      [['observedRisks[1].likelihood', 'workbook.not_in_list', 'Observerade risker']],
    );
  });

  it('offers the round’s labels as dropdowns and protects everything but the answers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeAssessmentWorkbook(await content())) as unknown as ArrayBuffer);
    const risks = workbook.getWorksheet('Observerade risker')!;
    assert.equal(risks.getCell('B1').value, 'Riskområde');
    assert.equal(
      risks.getCell('B2').value,
      'Social oro (ordningsstörningar, skadegörelse, social oro bland unga)',
    );
    const level = risks.getCell('E40').dataValidation;
    assert.equal(level.type, 'list');
    assert.deepEqual(level.formulae, ['Listor!$B$2:$B$5']);
    const lists = workbook.getWorksheet('Listor')!;
    assert.equal(lists.state, 'hidden');
    assert.deepEqual(
      lists.getColumn(2).values.slice(2),
      DEFAULT_TAXONOMY.levels.map((l) => l.label.sv),
    );
    assert.equal(risks.getCell('C2').protection?.locked, false);
    assert.notEqual(risks.getCell('A2').protection?.locked, false);
    assert.equal(risks.getCell('A51').value, 50);
  });

  it('takes new rows, labels in any case or in English, and risk numbers, giving new items fresh ids', async () => {
    const file = await edited(await writeAssessmentWorkbook(await content()), (workbook) => {
      const risks = workbook.getWorksheet('Observerade risker')!;
      risks.getCell('B5').value = 'alkohol och narkotika';
      risks.getCell('C5').value = 'Langning till unga';
      risks.getCell('E5').value = 'High';
      const taken = workbook.getWorksheet('Vidtagna åtgärder')!;
      taken.getCell('B3').value = 'Tillsyn av serveringsställen';
      taken.getCell('C3').value = '4; 1';
    });
    const read = await readAssessmentWorkbook(file, DEFAULT_TAXONOMY, NO_RSA);
    assert.deepEqual(read.errors, []);
    const back = normalizeDocument(await validateAs(AssessmentDocumentDto, read.body));
    const added = back.observedRisks[2]!;
    assert.deepEqual(
      [added.area, added.title, added.level],
      ['alkohol_narkotika', 'Langning till unga', 'hog'],
    );
    assert.match(added.id, /^risk-\d+$/);
    assert.deepEqual(back.measuresTaken[1]?.riskIds, [added.id, 'r1']);
  });

  it('names the sheet and cell of every value that is not an answer', async () => {
    const file = await edited(await writeAssessmentWorkbook(await content()), (workbook) => {
      const risks = workbook.getWorksheet('Observerade risker')!;
      risks.getCell('E3').value = 'Ganska hög';
      risks.getCell('I2').value = 'kanske';
      workbook.getWorksheet('Planerade åtgärder')!.getCell('C2').value = '9';
      workbook.getWorksheet('Bedömning')!.getCell('B9').value = 'Tja';
    });
    const read = await readAssessmentWorkbook(file, DEFAULT_TAXONOMY, NO_RSA);
    assert.deepEqual(
      read.errors.map((e) => [e.sheet, e.cell, e.path]),
      [
        ['Bedömning', 'B9', 'noRisksObserved'],
        ['Observerade risker', 'I2', 'observedRisks[0].affectedGroups'],
        ['Observerade risker', 'E3', 'observedRisks[1].level'],
        ['Planerade åtgärder', 'C2', 'plannedMeasures[0].riskIds'],
      ],
    );
    assert.match(svText(read.errors[2]), /"Ganska hög" finns inte i listan för nivå/);
    // What validation finds later is placed through the same map of paths to cells.
    assert.deepEqual(read.cellOf('observedRisks[1].title'), { sheet: 'Observerade risker', cell: 'C3' });
    assert.deepEqual(read.cellOf('observedRisks[0].affectedGroups[1]'), {
      sheet: 'Observerade risker',
      cell: 'H2',
    });
    assert.deepEqual(read.cellOf('measuresTaken'), { sheet: 'Vidtagna åtgärder', cell: undefined });
  });

  it('refuses a file that is not a workbook, or not one of ours, before reading any answer', async () => {
    const notExcel = readAssessmentWorkbook(Buffer.from('namn;nivå\nA;hög\n'), DEFAULT_TAXONOMY, NO_RSA);
    await assert.rejects(notExcel, (e: DomainError) =>
      /kan inte läsas som en Excelfil/.test(svText(e.fields[0])),
    );
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Blad1').getCell('A1').value = 'hej';
    const foreign = readAssessmentWorkbook(
      Buffer.from(await other.xlsx.writeBuffer()),
      DEFAULT_TAXONOMY,
      NO_RSA,
    );
    await assert.rejects(foreign, (e: DomainError) => e.fields.some((f) => f.sheet === 'Bedömning'));
  });
});
