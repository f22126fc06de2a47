// Command-line arguments for the CLIs, through node:util parseArgs (strict): an unknown option, a missing
// value or the wrong number of arguments prints the problem and the usage line, and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function cliArgs<O extends Options>(usage: string, options: O, positionals: { min: number; max: number }) {
  const fail = (problem: string): never => {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  };
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
    const count = parsed.positionals.length;
    if (count < positionals.min || count > positionals.max)
      fail(
        count < positionals.min
          ? 'missing argument'
          : `unexpected argument ${parsed.positionals.slice(positionals.max).join(' ')}`,
      );
    return parsed;
  } catch (error) {
    return fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}
