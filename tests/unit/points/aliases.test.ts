// Alias resolution: the channel abbreviation conventions and formatting variants clinicians type.
import { describe, expect, it } from 'vitest';
import { ALIASES, createCodeResolver, resolveCode } from '../../../points/aliases';

describe('resolveCode', () => {
  it.each([
    ['SJ5', 'TE5'],
    ['TB5', 'TE5'],
    ['TH5', 'TE5'],
    ['TW5', 'TE5'],
    ['te5', 'TE5'],
    ['LIV3', 'LR3'],
    ['LV3', 'LR3'],
    ['Liv 3', 'LR3'],
    ['DU20', 'GV20'],
    ['du 20', 'GV20'],
    ['REN12', 'CV12'],
    ['ren12', 'CV12'],
    ['HE7', 'HT7'],
    ['H7', 'HT7'],
    ['KID3', 'KI3'],
    ['k3', 'KI3'],
    ['KI1', 'KI1'],
    ['p6', 'PC6'],
    ['HC6', 'PC6'],
    ['ub40', 'BL40'],
    ['BL67', 'BL67'],
    ['gb 30', 'GB30'],
    ['GB-30', 'GB30'],
    ['GB030', 'GB30'],
    ['gb.30', 'GB30'],
    ['  GB30  ', 'GB30'],
    ['L7', 'LU7'],
    ['LU11', 'LU11'],
    ['co4', 'LI4'],
    ['LI20', 'LI20'],
    ['st36', 'ST36'],
    ['SP21', 'SP21'],
    ['SI19', 'SI19'],
    ['GV29', 'EX-HN3'],
    ['gv-29', 'EX-HN3'],
    ['EX-HN3', 'EX-HN3'],
    ['ex hn 3', 'EX-HN3'],
    ['EXB2', 'EX-B2'],
    ['ex-le-05', 'EX-LE5'],
    // every WHO extra point, in both conventions, and the M- codes printed beside them in Deadman
    ['EX-HN-7', 'EX-HN7'],
    ['EX-HN15', 'EX-HN15'],
    ['ex-ca-1', 'EX-CA1'],
    ['EX-B-9', 'EX-B9'],
    ['EX-UE-1', 'EX-UE1'],
    ['exle12', 'EX-LE12'],
    ['M-HN-3', 'EX-HN3'],
    ['M-LE-16', 'EX-LE5'],
  ])('%j → %s', (input, expected) => {
    expect(resolveCode(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'GB',
    '30',
    'GB0',
    'GB45',
    'BL68',
    'LU12',
    'GV30',
    'CV25',
    'XX5',
    'GB30a',
    'GB 3 0 x',
    'EX-HN16',
    'EX-ZZ1',
    'EX-CA2',
    'sciatica',
    'huantiao',
    'GB-30-GB-34',
    'a'.repeat(100),
  ])('%j → undefined', (input) => {
    expect(resolveCode(input)).toBeUndefined();
  });

  it('non-string input is rejected rather than thrown on', () => {
    expect(resolveCode(undefined as unknown as string)).toBeUndefined();
  });

  it('every WHO channel has its own code as an abbreviation (the data drives resolution)', () => {
    const own = ALIASES.channelAbbreviations
      .filter((a) => a.abbr === a.channel)
      .map((a) => a.abbr)
      .sort();
    expect(own).toEqual(['BL', 'CV', 'GB', 'GV', 'HT', 'KI', 'LI', 'LR', 'LU', 'PC', 'SI', 'SP', 'ST', 'TE']);
  });

  it('a resolver built with known codes rejects codes without a record', () => {
    const resolve = createCodeResolver(ALIASES, new Set(['GB30', 'EX-HN3']));
    expect(resolve('gb30')).toBe('GB30');
    expect(resolve('GV29')).toBe('EX-HN3');
    expect(resolve('GB31')).toBeUndefined();
  });
});
