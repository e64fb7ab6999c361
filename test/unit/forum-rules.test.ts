import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  groupErrors,
  groupsByMainGroup,
  groupsFromPrevious,
  JOIN_ALPHABET,
  joinCodeOf,
  MAX_QUESTIONS,
  newJoinCode,
  proposeAgenda,
  SEED_QUESTIONS,
} from '../../src/forums/forum-rules';

const KRONOBERG = [
  { code: '0780', name: 'Växjö', mainGroup: 'B', mainGroupName: 'Större städer' },
  { code: '0781', name: 'Ljungby', mainGroup: 'C', mainGroupName: 'Mindre städer och landsbygd' },
  { code: '0760', name: 'Uppvidinge', mainGroup: 'C', mainGroupName: 'Mindre städer och landsbygd' },
  { code: '0765', name: 'Markaryd', mainGroup: 'C', mainGroupName: 'Mindre städer och landsbygd' },
  { code: '0799', name: 'Nyby', mainGroup: null, mainGroupName: null },
];

describe('a forum’s agenda', () => {
  it('starts with the seed questions, then the themes asked for, once each, the most asked first', () => {
    const agenda = proposeAgenda([
      { municipalityCode: '0781', text: 'Ensamkommande unga\nTrygghet i centrum' },
      { municipalityCode: '0780', text: 'trygghet  i centrum.' },
      { municipalityCode: '0760', text: '   ' },
      { municipalityCode: '0765', text: 'Trygghet i centrum' },
    ]);
    assert.deepEqual(
      agenda.slice(0, SEED_QUESTIONS.length).map((q) => q.id),
      ['seen', 'handled', 'changed', 'ahead', 'plans'],
    );
    assert.deepEqual(
      agenda.slice(SEED_QUESTIONS.length).map((q) => [q.text.sv, q.askedBy]),
      [
        ['Trygghet i centrum', ['0765', '0780', '0781']],
        ['Ensamkommande unga', ['0781']],
      ],
    );
  });

  it('holds at most its size of questions however much is asked', () => {
    const wishes = Array.from({ length: 40 }, (_, i) => ({ municipalityCode: '0780', text: `Tema ${i}` }));
    assert.equal(proposeAgenda(wishes).length, MAX_QUESTIONS);
  });
});

describe('a forum’s groups', () => {
  it('groups by SKR main group in the main groups’ order, those without one last', () => {
    assert.deepEqual(groupsByMainGroup(KRONOBERG), [
      { id: 'B', name: 'B Större städer', municipalityCodes: ['0780'] },
      { id: 'C', name: 'C Mindre städer och landsbygd', municipalityCodes: ['0781', '0765', '0760'] },
      { id: 'other', name: 'Övriga', municipalityCodes: ['0799'] },
    ]);
    assert.equal(groupsByMainGroup(KRONOBERG, 'en').at(-1)!.name, 'Others');
  });

  it('reuses the previous forum’s grouping, placing newcomers by main group and dropping who has left', () => {
    const previous = [
      { id: 'north', name: 'Norr', municipalityCodes: ['0760', '0780', '0700'] },
      { id: 'C', name: 'Södra', municipalityCodes: ['0781'] },
    ];
    assert.deepEqual(groupsFromPrevious(previous, KRONOBERG), [
      { id: 'north', name: 'Norr', municipalityCodes: ['0760', '0780'] },
      { id: 'C', name: 'Södra', municipalityCodes: ['0781', '0765'] },
      { id: 'other', name: 'Övriga', municipalityCodes: ['0799'] },
    ]);
  });

  it('refuses groups by hand that leave out a name, take another county’s or place a municipality twice', () => {
    const county = new Set(KRONOBERG.map((m) => m.code));
    assert.deepEqual(
      groupErrors(
        [
          { id: 'a', name: ' ', municipalityCodes: ['0780', '1280'] },
          { id: 'a', name: 'B', municipalityCodes: ['0780'] },
          { id: 'c', name: 'x'.repeat(81), municipalityCodes: [] },
        ],
        county,
      ),
      [
        { path: 'groups[0].name', code: 'empty' },
        { path: 'groups[0].municipalityCodes[1]', code: 'municipality_not_in_county' },
        { path: 'groups[1].id', code: 'duplicate_id', params: { id: 'a' } },
        { path: 'groups[1].municipalityCodes[0]', code: 'duplicate_code_in_list', params: { code: '0780' } },
        { path: 'groups[2].name', code: 'max_length', params: { max: 80 } },
        { path: 'groups[2].municipalityCodes', code: 'empty_list' },
      ],
    );
    assert.deepEqual(groupErrors(groupsByMainGroup(KRONOBERG), county), []);
  });
});

describe('join codes', () => {
  it('are six characters without look-alikes, and read back however they are typed', () => {
    let n = 0;
    const code = newJoinCode((max) => n++ % max);
    assert.equal(code, '234567');
    for (let i = 0; i < 200; i += 1) {
      const random = newJoinCode();
      assert.match(random, /^[2-9A-HJKMNP-Z]{6}$/);
      assert.equal(joinCodeOf(random.toLowerCase().replace(/^(...)/, '$1-')), random);
    }
    assert.ok(!/[01OIL]/.test(JOIN_ALPHABET));
    assert.equal(joinCodeOf(' abc 234 '), 'ABC234');
    assert.equal(joinCodeOf('ABC23'), null);
    assert.equal(joinCodeOf('ABC2O4'), null, 'O is no character of a code');
  });
});
