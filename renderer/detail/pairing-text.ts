// The principle a pairing rests on, in the clinician's words (points/schema/pairing.ts RATIONALE_KINDS).
import { RATIONALE_KINDS, type Pairing, type RationaleKind } from '../../points/schema/pairing';

export const RATIONALE_TEXT: Record<RationaleKind, string> = {
  'local-distal': 'Local and distal',
  'same-channel': 'Same channel',
  'interior-exterior': 'Interior–exterior channels',
  'yuan-luo': 'Yuan-source and luo-connecting',
  'shu-mu': 'Back-shu and front-mu',
  confluent: 'Confluent points of the extraordinary vessels',
  'he-sea': 'He-sea points',
  'named-formula': 'Named formula',
  adjacent: 'Adjacent points',
  'above-below': 'Above and below',
  'front-back': 'Front and back',
  'left-right': 'Left and right',
  'five-element': 'Five phases',
  'command-point': 'Command points',
  empirical: 'Empirical (clinical tradition)',
};

/** A point's pairings grouped by the principle they rest on, named formulas first, in the schema's order. */
export function pairingGroups(pairings: readonly Pairing[]): [RationaleKind, Pairing[]][] {
  const order: RationaleKind[] = [
    'named-formula',
    'command-point',
    ...RATIONALE_KINDS.filter((k) => k !== 'named-formula' && k !== 'command-point'),
  ];
  return order
    .map((k) => [k, pairings.filter((p) => p.rationaleKind === k)] as [RationaleKind, Pairing[]])
    .filter(([, g]) => g.length > 0);
}
