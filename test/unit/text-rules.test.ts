import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDocument } from '../../src/assessments/assessment-document';
import { preparationProposal, sectionSave } from '../../src/forums/text-rules';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { completeDocument } from '../support/documents';

describe('a forum’s shared texts', () => {
  it('saves a section written on the version stored, and refuses one written on an older', () => {
    assert.equal(sectionSave(null, 0, 'Ny text'), 'write');
    assert.equal(sectionSave(null, 3, 'Ny text'), 'conflict', 'a version of a section never saved');
    assert.equal(sectionSave({ version: 2, text: 'A' }, 2, 'B'), 'write');
    assert.equal(sectionSave({ version: 2, text: 'A' }, 1, 'B'), 'conflict');
    // The very text stored now, from an older version: nothing to refuse, nothing to write.
    assert.equal(sectionSave({ version: 2, text: 'A' }, 1, 'A'), 'unchanged');
  });

  it('proposes the preparatory document from the latest assessment, in the round’s words', () => {
    const proposal = preparationProposal(
      {
        ...emptyDocument(),
        ...completeDocument(0),
        followUps: [{ plannedMeasureId: 'x', status: 'genomford', comment: 'Klart i juni.' }],
      },
      DEFAULT_TAXONOMY,
    );
    const lines = proposal.risks.split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[0]!,
      /^• Skadegörelse i centrum \(Social oro \(ordningsstörningar, skadegörelse, social oro bland unga\), nivå Hög, .+\) – Återkommande skadegörelse och bränder i soprum\.$/,
    );
    assert.equal(
      proposal.measures,
      '• Förstärkt fältverksamhet kvällstid. – effekt: ' +
        DEFAULT_TAXONOMY.effects.find((e) => e.code === 'delvis')!.label.sv,
    );
    assert.equal(
      proposal.plans.split('\n')[0],
      '• Samverkansavtal med polisen. – Kommunledningen, Hösten 2026',
    );
    assert.equal(proposal.plans.split('\n')[1], 'Uppföljning av tidigare planerade åtgärder:');
    assert.match(proposal.plans.split('\n')[2]!, /– Klart i juni\.$/);
    assert.equal(proposal.themes, 'Samverkan med polisen');
    assert.equal(proposal.other, '');
    const english = preparationProposal(
      { ...emptyDocument(), ...completeDocument(0) },
      DEFAULT_TAXONOMY,
      'en',
    );
    assert.match(english.risks, /level High/);
  });

  it('says so when the municipality observed no risks', () => {
    assert.equal(
      preparationProposal({ ...emptyDocument(), noRisksObserved: true }, DEFAULT_TAXONOMY).risks,
      'Inga observerade risker',
    );
  });
});
