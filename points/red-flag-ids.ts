// The red-flag question ids, straight from points/data/red-flags.json — the one list the plan format's
// red-flag answers are keyed by (electron/contract/plan.ts), so a plan can never hold an answer under a
// key the knowledge base does not know. Small on purpose: the plan contract imports it.
import redFlagsJson from './data/red-flags.json' with { type: 'json' };

export const RED_FLAG_IDS: readonly string[] = redFlagsJson.redFlags.map((f) => f.id);
