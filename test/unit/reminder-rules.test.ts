import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from '../../src/common/dates';
import { dueStep, reminderKind, reminderMail, stepName } from '../../src/reminders/reminder-rules';

describe('reminder rules', () => {
  const plan = [7, 2, -1];
  const deadline = '2026-03-31';

  it('finds the step due on a day: none before the first, then always the latest whose day has come', () => {
    assert.equal(dueStep(plan, deadline, '2026-03-23'), null);
    assert.equal(dueStep(plan, deadline, '2026-03-24'), 7);
    assert.equal(dueStep(plan, deadline, '2026-03-28'), 7);
    assert.equal(dueStep(plan, deadline, '2026-03-29'), 2);
    assert.equal(dueStep(plan, deadline, '2026-03-31'), 2);
    assert.equal(dueStep(plan, deadline, '2026-04-01'), -1);
    assert.equal(dueStep(plan, deadline, '2026-06-01'), -1);
    assert.equal(dueStep([], deadline, '2026-06-01'), null);
  });

  it('counts days across months and years', () => {
    assert.equal(addDays('2026-03-02', -7), '2026-02-23');
    assert.equal(addDays('2026-12-30', 3), '2027-01-02');
  });

  it('names steps for the log', () => {
    assert.deepEqual(plan.map(stepName), ['7-days-before', '2-days-before', '1-days-after']);
  });

  it('reminds those who have not submitted and those returned, nobody else', () => {
    assert.deepEqual(
      (['not_started', 'draft', 'submitted', 'returned', 'approved'] as const).map(reminderKind),
      ['not_submitted', 'not_submitted', null, 'returned', null],
    );
  });

  it('writes the county comment into a returned reminder, and the link into every one', () => {
    const facts = {
      roundTitle: 'Våren',
      respondentName: 'Växjö',
      deadline,
      link: 'https://lagesbild.example/rounds/x/assessments/0780',
      comment: 'Ange nivån för risk 2.',
    };
    const returned = reminderMail('returned', facts);
    assert.ok(returned.text.includes('Ange nivån för risk 2.'));
    assert.ok(returned.text.includes(facts.link));
    const late = reminderMail('not_submitted', facts);
    assert.ok(!late.text.includes('Ange nivån'));
    assert.ok(late.subject.includes(deadline));
  });
});
